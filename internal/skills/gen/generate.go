package main

import (
	"path/filepath"
	"strings"
)

// Generate builds the taxonomy from the sources in dir and returns the encoded file
// and the number of skills in it. Sources are merged in priority order: our curation,
// Linguist, devicon, SkillsExtractor, ESCO, then O*NET.
func Generate(dir string) ([]byte, int, error) {
	plain, err := plainWords(dir)
	if err != nil {
		return nil, 0, err
	}
	b := newBuilder(plain)
	addCurated(b, curatedTech)
	addCurated(b, curatedSoft)
	if err := addLinguist(b, dir); err != nil {
		return nil, 0, err
	}
	if err := addDevicon(b, dir); err != nil {
		return nil, 0, err
	}
	if err := addMS(b, dir); err != nil {
		return nil, 0, err
	}
	if err := addESCO(b, dir); err != nil {
		return nil, 0, err
	}
	if err := addONET(b, dir); err != nil {
		return nil, 0, err
	}
	skills := b.finish()
	data, err := encode(skills)
	return data, len(skills), err
}

// splitList splits a comma-separated curated field.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func addCurated(b *builder, table string) {
	for _, line := range strings.Split(table, "\n") {
		parts := strings.Split(line, "|")
		if len(parts) < 4 {
			continue
		}
		cat := strings.TrimSpace(parts[1])
		b.add(candidate{
			name:    strings.TrimSpace(parts[0]),
			cat:     cat,
			catRank: rankCurated,
			concept: conceptCats[cat],
			aliases: splitList(parts[2]),
			related: splitList(parts[3]),
		})
	}
}

// linguistCats maps Linguist's type to our category.
var linguistCats = map[string]string{"programming": "language", "markup": "markup", "data": "data-format"}

func addLinguist(b *builder, dir string) error {
	langs, err := readLinguist(dir)
	if err != nil {
		return err
	}
	for _, l := range langs {
		cat, ok := linguistCats[l.Type]
		if !ok {
			continue
		}
		var aliases []string
		for _, a := range l.Aliases {
			if len([]rune(a)) > 2 && !linguistAliasBlock[strings.ToLower(a)] {
				aliases = append(aliases, a)
			}
		}
		c := candidate{name: l.Name, aliases: aliases, cat: cat, catRank: rankLinguist}
		if l.Group != "" {
			c.related = []string{l.Group}
		}
		// Markup and data formats are many and obscure (".gitignore", "Raw token data"):
		// they only enrich skills another source already names.
		if l.Type != "programming" {
			b.merge(c)
			continue
		}
		b.add(c)
	}
	return nil
}

// linguistAliasBlock drops Linguist aliases that name another skill or a plain word.
var linguistAliasBlock = map[string]bool{"node": true, "sh": true, "shell": true, "console": true, "text": true}

func addDevicon(b *builder, dir string) error {
	items, err := readDevicon(dir)
	if err != nil {
		return err
	}
	for _, d := range items {
		name := d.Name
		for _, a := range d.AltNames {
			if a != strings.ToLower(a) {
				name = a // a display spelling such as "Apollo"
				break
			}
		}
		if name == d.Name {
			name = strings.ToUpper(name[:1]) + name[1:]
		}
		var related []string
		for _, t := range d.Tags {
			if !genericTags[strings.ToLower(t)] {
				related = append(related, t)
			}
		}
		b.add(candidate{name: name, aliases: d.AltNames, keys: []string{d.Name}, cat: deviconCategory(d.Tags), catRank: rankDevicon, related: related})
	}
	return nil
}

func addMS(b *builder, dir string) error {
	items, err := readMS(dir)
	if err != nil {
		return err
	}
	for _, s := range items {
		name := tidy(s.name)
		if strings.Contains(name, "(") {
			continue
		}
		c := candidate{name: name, aliases: s.aliases, keys: []string{s.id}, cat: "software", catRank: rankGuess}
		if strings.HasPrefix(s.source, "Microsoft Academic") {
			c.cat, c.concept = "concept", true
		}
		// A single everyday word ("Framework", "Support", "Utilities") is kept only
		// when it enriches a skill another source already names.
		if !strings.Contains(name, " ") && b.plain[strings.ToLower(name)] {
			b.merge(c)
			continue
		}
		b.add(c)
	}
	return nil
}

// escoSurface keeps ESCO labels that read like skills people write: two to four words,
// or a single nominal word ("counselling", "leadership").
func escoSurface(s string) bool {
	n := len(strings.Fields(s))
	if n >= 2 && n <= 4 {
		return true
	}
	if n != 1 || len(s) < 8 {
		return false
	}
	for _, suf := range []string{"ing", "tion", "ship", "ness"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

func addESCO(b *builder, dir string) error {
	for _, f := range []string{fileESCOICT, fileESCOTrans} {
		items, err := readESCO(filepath.Join(dir, f))
		if err != nil {
			return err
		}
		for _, s := range items {
			var forms []string
			for _, a := range append([]string{s.label}, s.alts...) {
				if escoSurface(a) {
					forms = append(forms, a)
				}
			}
			if len(forms) == 0 {
				continue
			}
			name := strings.ToUpper(forms[0][:1]) + forms[0][1:]
			b.add(candidate{name: name, aliases: forms[1:], cat: "soft-skill", catRank: rankGuess, concept: true})
		}
	}
	return nil
}

func addONET(b *builder, dir string) error {
	rows, err := readONET(dir)
	if err != nil {
		return err
	}
	pyres, err := readPyres(dir)
	if err != nil {
		return err
	}
	type agg struct {
		commodity     string
		hot, inDemand bool
		occupations   int
	}
	var order []string
	stats := map[string]*agg{}
	for _, r := range rows {
		a := stats[r.example]
		if a == nil {
			a = &agg{commodity: r.commodity}
			stats[r.example] = a
			order = append(order, r.example)
		}
		a.hot = a.hot || r.hot
		a.inDemand = a.inDemand || r.inDemand
		a.occupations++
	}
	vendors := onetVendors(order, b.plain)
	for _, raw := range order {
		a := stats[raw]
		n := cleanONET(raw, vendors, b.plain)
		c := candidate{name: n.canon, aliases: n.aliases, cat: onetCategory(a.commodity), catRank: rankGuess, hot: a.hot}
		if n.acronym {
			// "Real estate application contract transmission REACT" is not React: an acronym
			// joins an existing skill only when its spelled-out form names that skill too.
			e := b.find(c)
			if e != nil && !b.namesAny(e, n.aliases) {
				continue
			}
		}
		if b.merge(c) {
			continue
		}
		if n.generic || !(a.hot || a.inDemand || a.occupations >= 2 || pyres[key(n.canon)] || pyres[key(raw)]) {
			continue
		}
		b.add(c)
	}
	return nil
}
