package main

import "strings"

// Category ranks: a higher rank overrides a lower one when sources disagree.
const (
	rankGuess    = 1 // O*NET commodity or SkillsExtractor source kind
	rankDevicon  = 2
	rankLinguist = 3
	rankCurated  = 9
)

// conceptCats are categories whose names are ordinary words by nature ("accounting",
// "machine learning"); they match in any case and never need a technical context.
var conceptCats = map[string]bool{
	"concept": true, "methodology": true, "soft-skill": true, "domain": true,
	"trait": true, "spoken-language": true, "ml": true,
}

// onetCategory maps an O*NET (UNSPSC) commodity title to a taxonomy category.
func onetCategory(commodity string) string {
	c := strings.ToLower(commodity)
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(c, w) {
				return true
			}
		}
		return false
	}
	switch {
	case has("operating system"):
		return "os"
	case has("data base management", "database management"):
		return "database"
	case has("cloud"):
		return "cloud"
	case has("program testing"):
		return "testing"
	case has("development environment", "object or component oriented", "web platform development",
		"configuration management", "file versioning", "compiler", "programming"):
		return "devtool"
	case has("data base", "data mining", "business intelligence", "analytical or scientific", "metadata"):
		return "data"
	case has("network", "security", "virus", "encryption", "firewall", "authentication"):
		return "security"
	case has("spreadsheet", "word processing", "presentation", "office suite", "electronic mail",
		"calendar", "instant messaging", "video conferencing", "desktop communications", "document management"):
		return "office"
	case has("graphics", "computer aided design", "video creation", "desktop publishing", "web page creation",
		"music", "map creation", "photo", "animation"):
		return "design"
	case has("medical"):
		return "medical-software"
	case has("enterprise resource", "customer relationship", "accounting", "financial", "human resources",
		"project management", "sales", "inventory", "point of sale", "materials requirements", "compliance",
		"time accounting", "facilities", "tax", "procurement", "supply chain"):
		return "business-software"
	case has("industrial control", "computer aided manufacturing"):
		return "industrial-software"
	}
	return "software"
}

// deviconCategory picks a category from devicon tags.
func deviconCategory(tags []string) string {
	set := map[string]bool{}
	for _, t := range tags {
		set[strings.ToLower(t)] = true
	}
	switch {
	case set["language"] || set["programming"]:
		return "language"
	case set["database"] || set["sql"] || set["nosql"]:
		return "database"
	case set["testing"] || set["test"]:
		return "testing"
	case set["framework"]:
		return "framework"
	case set["library"]:
		return "library"
	case set["os"]:
		return "os"
	case set["cloud"] || set["serverless"] || set["hosting"]:
		return "cloud"
	case set["container"] || set["ci"] || set["devops"] || set["orchestration"] || set["automation"]:
		return "devops"
	case set["design"] || set["3d"]:
		return "design"
	case set["editor"] || set["ide"] || set["tool"] || set["version-control"] || set["package-manager"]:
		return "devtool"
	}
	return "software"
}

// genericTags are devicon tags that name a kind, not another skill, so they make no relation.
var genericTags = map[string]bool{
	"language": true, "programming": true, "framework": true, "library": true, "database": true,
	"tool": true, "platform": true, "os": true, "editor": true, "cloud": true, "design": true,
	"testing": true, "api": true, "browser": true, "server": true, "engine": true, "game": true,
	"web": true, "mobile": true, "app": true, "frontend": true, "backend": true, "cms": true,
}
