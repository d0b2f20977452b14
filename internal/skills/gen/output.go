package main

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// Skill is one taxonomy entry as written to taxonomy.json (the skills package reads the same shape).
type Skill struct {
	Name      string   `json:"name"`
	Aliases   []string `json:"aliases,omitempty"`
	Category  string   `json:"category"`
	Related   []string `json:"related,omitempty"`
	Hot       bool     `json:"hot,omitempty"`
	Ambiguous []string `json:"ambiguous,omitempty"`
	Cased     []string `json:"cased,omitempty"`
}

// encode writes the taxonomy as JSON with one skill per line, so diffs stay readable.
func encode(skills []Skill) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString("{\"version\":1,\"skills\":[\n")
	for i, s := range skills {
		line, err := json.Marshal(s)
		if err != nil {
			return nil, fmt.Errorf("gen: encode %s: %w", s.Name, err)
		}
		buf.Write(line)
		if i < len(skills)-1 {
			buf.WriteByte(',')
		}
		buf.WriteByte('\n')
	}
	buf.WriteString("]}\n")
	return buf.Bytes(), nil
}
