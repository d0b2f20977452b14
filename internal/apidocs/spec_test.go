package apidocs

import (
	"encoding/json"
	"regexp"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// specTree is the spec as plain maps and lists, for checks that follow JSON pointers.
func specTree(t *testing.T) map[string]any {
	t.Helper()
	var tree map[string]any
	if err := yaml.Unmarshal(specYAML, &tree); err != nil {
		t.Fatalf("the spec is not YAML: %v", err)
	}
	return tree
}

func TestSpecIsOpenAPI31(t *testing.T) {
	tree := specTree(t)
	if v, _ := tree["openapi"].(string); !strings.HasPrefix(v, "3.1.") {
		t.Fatalf("openapi = %q, want 3.1.x", v)
	}
	servers, _ := tree["servers"].([]any)
	if len(servers) != 1 || servers[0].(map[string]any)["url"] != "/api/v1" {
		t.Fatalf("servers = %v, want one with url /api/v1", servers)
	}
	schemes := tree["components"].(map[string]any)["securitySchemes"].(map[string]any)
	for name, want := range map[string][2]string{"cookieAuth": {"cookie", "copilot_session"}, "csrfHeader": {"header", "X-CSRF-Token"}} {
		s, _ := schemes[name].(map[string]any)
		if s["in"] != want[0] || s["name"] != want[1] {
			t.Errorf("securitySchemes.%s = %v, want %s %s", name, s, want[0], want[1])
		}
	}
	if b, _ := schemes["bearerAuth"].(map[string]any); b["scheme"] != "bearer" || b["bearerFormat"] != "JWT" {
		t.Errorf("securitySchemes.bearerAuth = %v", b)
	}
}

// TestEveryRefResolves follows every $ref in the document as a JSON pointer.
func TestEveryRefResolves(t *testing.T) {
	tree := specTree(t)
	var refs []string
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if r, ok := x["$ref"].(string); ok {
				refs = append(refs, r)
			}
			for _, y := range x {
				walk(y)
			}
		case []any:
			for _, y := range x {
				walk(y)
			}
		}
	}
	walk(tree)
	if len(refs) < 500 {
		t.Fatalf("found only %d $refs; the walk is broken", len(refs))
	}
	for _, r := range refs {
		ptr, ok := strings.CutPrefix(r, "#/")
		if !ok {
			t.Errorf("$ref %q is not local", r)
			continue
		}
		var cur any = tree
		for _, part := range strings.Split(ptr, "/") {
			part = strings.ReplaceAll(strings.ReplaceAll(part, "~1", "/"), "~0", "~")
			m, ok := cur.(map[string]any)
			if !ok {
				cur = nil
				break
			}
			cur = m[part]
		}
		if cur == nil {
			t.Errorf("$ref %q resolves to nothing", r)
		}
	}
}

var pathParam = regexp.MustCompile(`\{([^}]+)\}`)

// TestEveryOperationIsComplete checks what the page and the generated client rely on.
func TestEveryOperationIsComplete(t *testing.T) {
	doc, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tags := map[string]bool{}
	for _, tg := range doc.Tags {
		tags[tg.Name] = true
	}
	ids := map[string]string{}
	for _, op := range doc.Operations() {
		where := op.Method + " " + op.Path
		if op.OperationID == "" {
			t.Errorf("%s: no operationId", where)
		} else if prev, dup := ids[op.OperationID]; dup {
			t.Errorf("%s: operationId %q is also used by %s", where, op.OperationID, prev)
		}
		ids[op.OperationID] = where
		if op.Summary == "" {
			t.Errorf("%s: no summary", where)
		}
		if len(op.Responses) == 0 {
			t.Errorf("%s: no responses", where)
		}
		for _, r := range op.Responses {
			if res := doc.response(r.Value); res.Description == "" {
				t.Errorf("%s: response %s has no description", where, r.Name)
			}
		}
		if len(op.Tags) != 1 || !tags[op.Tags[0]] {
			t.Errorf("%s: tags %v, want one declared tag", where, op.Tags)
		}
		declared := map[string]bool{}
		for _, p := range op.Params {
			if p.Name == "" {
				t.Errorf("%s: parameter %q does not resolve", where, p.Ref)
			}
			if p.In == "path" {
				declared[p.Name] = true
				if !p.Required {
					t.Errorf("%s: path parameter %s must be required", where, p.Name)
				}
			}
		}
		for _, m := range pathParam.FindAllStringSubmatch(op.Path, -1) {
			if !declared[m[1]] {
				t.Errorf("%s: path parameter {%s} is not declared", where, m[1])
			}
			delete(declared, m[1])
		}
		for name := range declared {
			t.Errorf("%s: path parameter %s is not in the path", where, name)
		}
		if op.Method != "GET" && op.Security == nil && !hasResponse(op, "403") {
			t.Errorf("%s: an unsafe cookie request can fail CSRF; document its 403", where)
		}
		if !hasResponse(op, "429") {
			t.Errorf("%s: every route is rate limited; document its 429", where)
		}
	}
}

func hasResponse(op *Operation, code string) bool { return op.Responses.Get(code) != nil }

// TestErrorResponsesAreProblems checks the shared error responses and the 429 headers.
func TestErrorResponsesAreProblems(t *testing.T) {
	doc, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"BadRequest", "Unauthorized", "Forbidden", "NotFound", "Conflict", "ValidationFailed", "TooManyRequests"} {
		r := doc.Components.Responses.Get(name)
		if r == nil {
			t.Errorf("components.responses.%s is missing", name)
			continue
		}
		m := r.Content.Get("application/problem+json")
		if m == nil || m.Schema == nil || m.Schema.Ref != "#/components/schemas/Problem" {
			t.Errorf("components.responses.%s is not a Problem", name)
		}
	}
	tm := doc.Components.Responses.Get("TooManyRequests")
	var headers []string
	for _, h := range tm.Headers {
		headers = append(headers, h.Name)
	}
	sort.Strings(headers)
	if strings.Join(headers, ",") != "RateLimit,RateLimit-Policy,Retry-After" {
		t.Errorf("429 headers = %v", headers)
	}
	p := doc.Components.Schemas.Get("Problem")
	fe := p.Properties.Get("errors")
	if fe == nil || fe.Items == nil || fe.Items.Ref != "#/components/schemas/FieldError" {
		t.Fatalf("Problem.errors is not a FieldError list")
	}
	f := doc.Components.Schemas.Get("FieldError")
	if strings.Join(f.Required, ",") != "field,message" {
		t.Errorf("FieldError.required = %v", f.Required)
	}
}

// TestJSONMatchesYAML checks the JSON form carries the same document.
func TestJSONMatchesYAML(t *testing.T) {
	b, err := specJSON(specYAML)
	if err != nil {
		t.Fatal(err)
	}
	var fromJSON map[string]any
	if err := json.Unmarshal(b, &fromJSON); err != nil {
		t.Fatal(err)
	}
	y, _ := json.Marshal(stringKeys(specTree(t)))
	j, _ := json.Marshal(fromJSON)
	if string(y) != string(j) {
		t.Fatal("the JSON document differs from the YAML one")
	}
	search := fromJSON["paths"].(map[string]any)["/search"].(map[string]any)["get"].(map[string]any)
	if n := len(search["parameters"].([]any)); n != 18 {
		t.Errorf("GET /search has %d parameters in JSON, want the 18 shared search parameters (YAML alias resolved)", n)
	}
}
