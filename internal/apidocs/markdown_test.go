package apidocs

import "testing"

func TestMarkdown(t *testing.T) {
	for in, want := range map[string]string{
		"Sends `X-CSRF-Token`; **never** <script>.":   "<p>Sends <code>X-CSRF-Token</code>; <strong>never</strong> &lt;script&gt;.</p>",
		"Two ways:\n\n* **A**: one\n  more\n* B: `b`": "<p>Two ways:</p><ul><li><strong>A</strong>: one more</li><li>B: <code>b</code></li></ul>",
		"line one\nline two":                          "<p>line one line two</p>",
	} {
		if got := string(markdown(in)); got != want {
			t.Errorf("markdown(%q)\n got %s\nwant %s", in, got, want)
		}
	}
}
