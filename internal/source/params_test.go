package source

import "testing"

func TestParamRuleCheck(t *testing.T) {
	slug := ParamRule{Name: "board", Required: true, Punct: "-_."}
	sub := ParamRule{Name: "company", Punct: "-"}
	for _, c := range []struct {
		r    ParamRule
		v    string
		want string
	}{
		{slug, "gitlab", ""},
		{slug, "wealth-com", ""},
		{slug, "F6.003", ""},
		{slug, "External_Career_Site", ""},
		{slug, "", "is required"},
		{sub, "", ""},
		{slug, "../../etc", "may hold only letters, digits and - _ ., starting with a letter or digit"},
		{slug, "a..b", "may hold only letters, digits and - _ ., starting with a letter or digit"},
		{slug, ".hidden", "may hold only letters, digits and - _ ., starting with a letter or digit"},
		{slug, "-x", "may hold only letters, digits and - _ ., starting with a letter or digit"},
		{slug, "a/b", "may hold only letters, digits and - _ ., starting with a letter or digit"},
		{slug, "a b", "may hold only letters, digits and - _ ., starting with a letter or digit"},
		{slug, "a?x=1", "may hold only letters, digits and - _ ., starting with a letter or digit"},
		{slug, "a#b", "may hold only letters, digits and - _ ., starting with a letter or digit"},
		{slug, "a%2Fb", "may hold only letters, digits and - _ ., starting with a letter or digit"},
		{slug, "café", "may hold only letters, digits and - _ ., starting with a letter or digit"},
		{sub, "acme.evil", "may hold only letters, digits and -, starting with a letter or digit"},
		{ParamRule{Name: "item"}, "40563283", ""},
		{ParamRule{Name: "item"}, "4-0", "may hold only letters and digits"},
	} {
		if got := c.r.Check(c.v); got != c.want {
			t.Errorf("%s.Check(%q) = %q, want %q", c.r.Name, c.v, got, c.want)
		}
	}
}
