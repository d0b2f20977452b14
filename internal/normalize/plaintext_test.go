package normalize

import "testing"

// TestPlainTextKeepsItsStructure shows a plain-text or Markdown description as a board's page would:
// headings, bulleted and numbered lists and bold, escaped; the text keeps one line per block with "- "
// before list items, and a "#" that starts no heading stays text.
func TestPlainTextKeepsItsStructure(t *testing.T) {
	h, text := plainText("## Who are we?\nWe build **great** things.\n* Troubleshoot issues\n* Write code & tests\n1. First\n2) Second\nThanks #1 team\n#hashtag")
	if want := "<h3>Who are we?</h3><p>We build <strong>great</strong> things.</p><ul><li>Troubleshoot issues</li><li>Write code &amp; tests</li></ul>" +
		"<ol><li>First</li><li>Second</li></ol><p>Thanks #1 team</p><p>#hashtag</p>"; h != want {
		t.Errorf("html =\n%s\nwant\n%s", h, want)
	}
	if want := "Who are we?\nWe build great things.\n- Troubleshoot issues\n- Write code & tests\n- First\n- Second\nThanks #1 team\n#hashtag"; text != want {
		t.Errorf("text =\n%s\nwant\n%s", text, want)
	}
	// Plain lines stay paragraphs, and HTML in the text is shown as text.
	if h, text := plainText("Line one\n\n<b>not bold</b>"); h != "<p>Line one</p><p>&lt;b&gt;not bold&lt;/b&gt;</p>" || text != "Line one\n<b>not bold</b>" {
		t.Errorf("plain = %q %q", h, text)
	}
}
