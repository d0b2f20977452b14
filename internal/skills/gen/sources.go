package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// Source file names inside the -src folder.
const (
	fileONETTech  = "onet-29.2-technology-skills.tsv"
	fileONETOcc   = "onet-29.2-occupation-data.tsv"
	fileESCOOcc   = "esco-occupations_en.csv"
	fileESCOICT   = "esco-ictSkillsCollection_en.csv"
	fileESCOTrans = "esco-transversalSkillsCollection_en.csv"
	fileLinguist  = "linguist-languages.yml"
	fileDevicon   = "devicon.json"
	fileMSSkills  = "ms-skillsextractor-skills.json"
	filePyres     = "pyresparser-skills.csv"
)

// readTable reads a CSV or TSV file into rows of named columns.
func readTable(path string, sep rune) ([]map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gen: open %s: %w", filepath.Base(path), err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = sep
	r.FieldsPerRecord = -1
	if sep == '\t' {
		r.LazyQuotes = true
	}
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("gen: read %s header: %w", filepath.Base(path), err)
	}
	var rows []map[string]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("gen: read %s: %w", filepath.Base(path), err)
		}
		row := make(map[string]string, len(head))
		for i, h := range head {
			if i < len(rec) {
				row[strings.TrimSpace(h)] = strings.TrimRight(rec[i], "\r")
			}
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// onetRow is one (occupation, technology) line of the O*NET Technology Skills file.
type onetRow struct {
	example, commodity string
	hot, inDemand      bool
}

func readONET(dir string) ([]onetRow, error) {
	rows, err := readTable(filepath.Join(dir, fileONETTech), '\t')
	if err != nil {
		return nil, err
	}
	out := make([]onetRow, 0, len(rows))
	for _, r := range rows {
		out = append(out, onetRow{
			example:   tidy(r["Example"]),
			commodity: tidy(r["Commodity Title"]),
			hot:       r["Hot Technology"] == "Y",
			inDemand:  r["In Demand"] == "Y",
		})
	}
	return out, nil
}

// linguistLang is the part of a Linguist languages.yml entry we use.
type linguistLang struct {
	Name    string
	Type    string   `yaml:"type"`
	Aliases []string `yaml:"aliases"`
	Group   string   `yaml:"group"`
}

func readLinguist(dir string) ([]linguistLang, error) {
	data, err := os.ReadFile(filepath.Join(dir, fileLinguist))
	if err != nil {
		return nil, fmt.Errorf("gen: read linguist: %w", err)
	}
	m := map[string]linguistLang{}
	if err := yaml.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("gen: parse linguist: %w", err)
	}
	out := make([]linguistLang, 0, len(m))
	for name, l := range m {
		l.Name = name
		out = append(out, l)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// deviconEntry is the part of a devicon.json entry we use; its "aliases" key names icon variants, not synonyms.
type deviconEntry struct {
	Name     string   `json:"name"`
	AltNames []string `json:"altnames"`
	Tags     []string `json:"tags"`
}

func readDevicon(dir string) ([]deviconEntry, error) {
	data, err := os.ReadFile(filepath.Join(dir, fileDevicon))
	if err != nil {
		return nil, fmt.Errorf("gen: read devicon: %w", err)
	}
	var out []deviconEntry
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("gen: parse devicon: %w", err)
	}
	return out, nil
}

// msSkill is one SkillsExtractor knowledge-base entry reduced to what we use.
type msSkill struct {
	id, name, source string
	aliases          []string
}

func readMS(dir string) ([]msSkill, error) {
	data, err := os.ReadFile(filepath.Join(dir, fileMSSkills))
	if err != nil {
		return nil, fmt.Errorf("gen: read skillsextractor: %w", err)
	}
	var m map[string]struct {
		Aliases []string `json:"aliases"`
		Sources []struct {
			SourceName  string `json:"sourceName"`
			DisplayName string `json:"displayName"`
		} `json:"sources"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("gen: parse skillsextractor: %w", err)
	}
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	out := make([]msSkill, 0, len(ids))
	for _, id := range ids {
		v := m[id]
		if len(v.Sources) == 0 {
			continue
		}
		s := msSkill{id: id, name: v.Sources[0].DisplayName, source: v.Sources[0].SourceName, aliases: v.Aliases}
		for _, src := range v.Sources[1:] {
			s.aliases = append(s.aliases, src.DisplayName)
		}
		out = append(out, s)
	}
	return out, nil
}

// escoSkill is one ESCO skill with its preferred and alternative labels.
type escoSkill struct {
	label string
	alts  []string
}

func readESCO(path string) ([]escoSkill, error) {
	rows, err := readTable(path, ',')
	if err != nil {
		return nil, err
	}
	out := make([]escoSkill, 0, len(rows))
	for _, r := range rows {
		s := escoSkill{label: tidy(r["preferredLabel"])}
		for _, a := range strings.Split(r["altLabels"], "|") {
			if a = tidy(a); a != "" {
				s.alts = append(s.alts, a)
			}
		}
		out = append(out, s)
	}
	return out, nil
}

// readPyres reads pyresparser's one-line skill vocabulary as a set of keys.
// It is used only to corroborate O*NET names, never as a source of names.
func readPyres(dir string) (map[string]bool, error) {
	data, err := os.ReadFile(filepath.Join(dir, filePyres))
	if err != nil {
		return nil, fmt.Errorf("gen: read pyresparser: %w", err)
	}
	set := map[string]bool{}
	for _, w := range strings.Split(string(data), ",") {
		if w = strings.TrimSpace(w); w != "" {
			set[key(w)] = true
		}
	}
	return set, nil
}

// readMSDescriptions returns the English descriptions of the SkillsExtractor entries, as prose.
func readMSDescriptions(dir string) ([]string, error) {
	data, err := os.ReadFile(filepath.Join(dir, fileMSSkills))
	if err != nil {
		return nil, fmt.Errorf("gen: read skillsextractor: %w", err)
	}
	var m map[string]struct {
		Sources []struct {
			Short string `json:"shortDescription"`
			Long  string `json:"longDescription"`
		} `json:"sources"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("gen: parse skillsextractor: %w", err)
	}
	var out []string
	for _, v := range m {
		for _, s := range v.Sources {
			out = append(out, s.Short, s.Long)
		}
	}
	return out, nil
}
