package normalize

import (
	"fmt"
	"strings"
	"testing"
)

func TestHTML(t *testing.T) {
	tests := []struct {
		name, in, html, text string
	}{
		{"plain paragraph", "<p>Hello <b>world</b></p>", "<p>Hello <b>world</b></p>", "Hello world"},
		{"escaped once (Greenhouse)", "&lt;p&gt;We&#39;re hiring &amp;amp; growing&lt;/p&gt;", "<p>We&#39;re hiring &amp; growing</p>", "We're hiring & growing"},
		{"escaped twice", "&amp;lt;p&amp;gt;Any HTML&amp;lt;/p&amp;gt;", "<p>Any HTML</p>", "Any HTML"},
		{"literal &lt; in real HTML stays text", "<p>Use &lt;b&gt; sparingly</p>", "<p>Use &lt;b&gt; sparingly</p>", "Use <b> sparingly"},
		{"entities decimal hex named", "<p>caf&#233; &#x2013; na&iuml;ve&nbsp;&copy;</p>", "<p>café – naïve ©</p>", "café – naïve ©"},
		{"cp1252 numeric reference", "<p>team&#146;s</p>", "<p>team’s</p>", "team’s"},
		{"lists and headings", "<h2>Role</h2><ul><li>Go</li><li>SQL <i>and</i> more</li></ul><p>End</p>",
			"<h2>Role</h2><ul><li>Go</li><li>SQL <i>and</i> more</li></ul><p>End</p>", "Role\n- Go\n- SQL and more\nEnd"},
		{"script style iframe form", `<p>a</p><script>alert("x")</script><style>p{}</style><iframe src="https://x"></iframe><form><input name=q><p>in form</p></form><p>b</p>`,
			"<p>a</p><p>b</p>", "a\nb"},
		{"event handlers and javascript links", `<p onclick="x()">t <a href="javascript:alert(1)" onmouseover="y">link</a> <a href=" JaVaScRiPt:alert(1)">x</a></p>`,
			"<p>t link x</p>", "t link x"},
		{"safe link", `<a href="https://about.gitlab.com/handbook/" class="waffle" style="color:red">benefits</a>`,
			`<a href="https://about.gitlab.com/handbook/" rel="nofollow noopener" target="_blank">benefits</a>`, "benefits"},
		{"tracking pixels", `<p>x<img src="https://www.google-analytics.com/collect?v=1" width="1" height="1"><img src="https://ex.com/p.gif" width="1" height="1"><img src="https://px.ads.linkedin.com/c.gif"><img src="https://cdn.ex.com/team.png" alt="Team" width="600"></p>`,
			`<p>x<img src="https://cdn.ex.com/team.png" referrerpolicy="no-referrer" alt="Team" width="600"></p>`, "x"},
		{"tables", "<table><tr><th>Level</th><th>Pay</th></tr><tr><td colspan=2>L3</td></tr></table>",
			`<table><tr><th>Level</th><th>Pay</th></tr><tr><td colspan="2">L3</td></tr></table>`, "Level Pay\nL3"},
		{"whitespace collapsed", "<p>  many \n\t spaces&nbsp;&nbsp;here  </p>\n\n<p>\u00a0</p>", "<p>many spaces here</p><p></p>", "many spaces here"},
		{"mojibake repaired", "<p>youâ€™ll â€“ cafÃ© and Â\u00a0space</p>", "<p>you’ll – café and space</p>", "you’ll – café and space"},
		{"unclosed tags closed", "<div><p><strong>bold", "<div><p><strong>bold</strong></p></div>", "bold"},
		{"stray end tags dropped", "</p>text</ul></div>", "text", "text"},
		{"comments and doctype", "<!DOCTYPE html><!-- hidden --><p>shown</p>", "<p>shown</p>", "shown"},
		{"unknown tags unwrapped", `<font color="red"><span style="x">Hi</span></font><section>block</section>`, "Hi<div>block</div>", "Hi\nblock"},
		{"plain text with entities", "Tom &amp; Jerry", "Tom &amp; Jerry", "Tom & Jerry"},
		{"quotes escaped", `<p>say "hi"</p>`, "<p>say &#34;hi&#34;</p>", `say "hi"`},
		{"br is a line", "one<br>two<br/>three", "one<br>two<br>three", "one\ntwo\nthree"},
		{"empty", "", "", ""},
		// As browsers read it: a block closes an open paragraph, and a list item an open item of its list,
		// so what a board leaves unclosed is not nested in the HTML written.
		{"a block closes an open paragraph", "<p>one<p>two<ul><li>a<li>b</ul><p>x<h2>H</h2>",
			"<p>one</p><p>two</p><ul><li>a</li><li>b</li></ul><p>x</p><h2>H</h2>", "one\ntwo\n- a\n- b\nx\nH"},
		{"a table closes a paragraph; a cell's paragraphs stay in the cell", "<p>a<table><tr><td><p>b<p>c</td></tr></table>",
			"<p>a</p><table><tr><td><p>b</p><p>c</p></td></tr></table>", "a\nb\nc"},
		{"items of nested lists", "<ul><li>a<ul><li>b<li>c</ul><li>d</ul>",
			"<ul><li>a<ul><li>b</li><li>c</li></ul></li><li>d</li></ul>", "- a\n- b\n- c\n- d"},
		{"inline elements close with their paragraph", "<p><b>bold<div>block</div>after",
			"<p><b>bold</b></p><div>block</div>after", "bold\nblock\nafter"},
		// Boards that wrap a description in CDATA inside HTML mean the HTML it holds.
		{"CDATA unwrapped", "<p>Intro</p><![CDATA[<b>Bold</b> text & more]]><p>After</p>",
			"<p>Intro</p><b>Bold</b> text &amp; more<p>After</p>", "Intro\nBold text & more\nAfter"},
		{"CDATA unclosed", "<![CDATA[<p>Only</p>", "<p>Only</p>", "Only"},
		{"several CDATA sections", "<p><![CDATA[<b>a</b>]]> and <![CDATA[<i>b</i>]]></p>]]>", "<p><b>a</b> and <i>b</i></p>]]&gt;", "a and b\n]]>"},
		{"pixels sized by style", `<p>x<img style="width:1px;height:1px" src="https://t.example/p.gif"><img style="WIDTH: 0; height: 0" src="https://t.example/q.gif"><img style="max-width:100%" src="https://cdn.ex.com/a.png"><img style="visibility: hidden" src="https://t.example/r.gif"></p>`,
			`<p>x<img src="https://cdn.ex.com/a.png" referrerpolicy="no-referrer"></p>`, "x"},
	}
	for _, tt := range tests {
		h, txt := HTML(tt.in)
		if h != tt.html || txt != tt.text {
			t.Errorf("%s: HTML(%q)\n got  %q | %q\n want %q | %q", tt.name, tt.in, h, txt, tt.html, tt.text)
		}
	}
}

func TestRepairMojibake(t *testing.T) {
	tests := []struct{ in, want string }{
		{"teamâ€™s", "team’s"}, {"2019â€“2020", "2019–2020"}, {"CafÃ©", "Café"}, {"Â\u00a0", "\u00a0"}, {"salary:Â 100", "salary: 100"},
		{"youâ\u0080\u0099ll", "you’ll"}, // RemoteOK: the C1 bytes kept as Latin-1
		{"â€œquotedâ€\u009d", "“quoted”"},
		{"ZÃ¼rich", "Zürich"}, {"naÃ¯ve", "naïve"},
		{"Café déjà vu", "Café déjà vu"}, {"ÂME", "ÂME"}, {"plain ascii", "plain ascii"}, {"日本語", "日本語"},
		{"Ã©tÃ© twice: Ãƒ©", "été twice: é"}, // garbled twice
	}
	for _, tt := range tests {
		if got := RepairMojibake(tt.in); got != tt.want {
			t.Errorf("RepairMojibake(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// The real captures: Greenhouse content is entity-escaped inside JSON and must come out as structure.
func TestHTMLGreenhouseCaptures(t *testing.T) {
	gh := greenhouseDrafts(t, "greenhouse/github-2018-jobs-content.json", "GitHub")
	if len(gh) != 71 {
		t.Fatalf("github capture has %d jobs, want 71", len(gh))
	}
	h, txt := HTML(gh[0].DescriptionHTML)
	wantStart := "GitHub helps companies and organizations succeed by allowing them to build better software, together. We're looking for a Account Manager"
	if !strings.HasPrefix(txt, wantStart) {
		t.Errorf("text starts %q", txt[:160])
	}
	if !strings.Contains(txt, "\nResponsibilities:\n- Build relationships and provide value and attention to customers\n- Drive usage of GitHub Enterprise") {
		t.Error("heading and list items are not lines")
	}
	if !strings.HasPrefix(h, "<p>GitHub helps") || !strings.Contains(h, "<h3>Responsibilities:</h3><ul><li>Build relationships") {
		t.Errorf("html starts %q", h[:200])
	}
	for _, d := range gh {
		h, txt := HTML(d.DescriptionHTML)
		if strings.Contains(h, "&lt;p") || strings.Contains(txt, "<p>") || strings.Contains(txt, "&amp;") || strings.Contains(txt, "&#39;") {
			t.Errorf("job %s: entities left undecoded or decoded twice", d.ExternalID)
		}
	}

	gl := greenhouseDrafts(t, "greenhouse/brete-gitlab-jobs-content-full.json", "GitLab")
	h, txt = HTML(gl[2].DescriptionHTML)
	if !strings.Contains(txt, "\nUnited States Salary Range\n$139,200—$235,200 USD\n") {
		t.Error("pay-transparency block not flattened to its lines")
	}
	if strings.Contains(h, "data-sheets") || strings.Contains(h, "class=") || strings.Contains(h, "style=") {
		t.Error("attributes beyond href survived")
	}
	if !strings.Contains(txt, "residents of the United States only") {
		t.Error("&amp;nbsp; inside escaped content was not turned into a space")
	}

	hc := greenhouseDrafts(t, "greenhouse/jobagent-honeycomb-jobs-content-trimmed.json", "Honeycomb")
	_, txt = HTML(hc[0].DescriptionHTML) // cut mid-tag by the fixture author
	if !strings.HasSuffix(txt, "Forbes’ America’s Best Startups of 2022 and 2023!") {
		t.Errorf("truncated content ends %q", txt[max(0, len(txt)-80):])
	}
}

// HTML reuses pooled buffers; concurrent callers must never see each other's output (run with -race).
func TestHTMLConcurrent(t *testing.T) {
	inputs := []string{"<p>one</p>", "&lt;ul&gt;&lt;li&gt;two&lt;/li&gt;&lt;/ul&gt;", "<h2>three</h2><p>3</p>", "plain four"}
	want := []string{"one", "- two", "three\n3", "plain four"}
	done := make(chan error, 8)
	for g := 0; g < 8; g++ {
		go func(g int) {
			for i := 0; i < 500; i++ {
				k := (g + i) % len(inputs)
				if _, txt := HTML(inputs[k]); txt != want[k] {
					done <- fmt.Errorf("HTML(%q) text %q, want %q", inputs[k], txt, want[k])
					return
				}
			}
			done <- nil
		}(g)
	}
	for g := 0; g < 8; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
