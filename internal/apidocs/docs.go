package apidocs

import (
	"bytes"
	"fmt"
	"html/template"
	"sort"
	"strings"
)

// pageTag is one section of the reference page.
type pageTag struct {
	Tag
	Ops []pageOp
}

// pageOp is one operation as the page shows it.
type pageOp struct {
	*Operation
	Anchor    string
	Auth      string
	Params    []*Parameter
	Body      []pageContent
	Responses []pageResponse
}

type pageContent struct {
	Type string
	Expr template.HTML
	Rows []Row
}

type pageResponse struct {
	Code        string
	Description string
	Content     []pageContent
	Headers     []pageHeader
}

type pageHeader struct {
	Name, Description string
	Expr              template.HTML
}

type pageSchema struct {
	Name        string
	Expr        template.HTML
	Description string
	Rows        []Row
}

type pageScheme struct {
	Name, Kind, Description string
}

type pageData struct {
	Doc     *Document
	Server  string
	Count   int
	Tags    []pageTag
	Schemes []pageScheme
	Schemas []pageSchema
}

// renderPage builds the self-contained reference page: no script, no external resource.
func renderPage(d *Document) ([]byte, error) {
	data := pageData{Doc: d}
	if len(d.Servers) > 0 {
		data.Server = d.Servers[0].URL
	}
	byTag := map[string]*pageTag{}
	var order []string
	for _, t := range d.Tags {
		byTag[t.Name] = &pageTag{Tag: t}
		order = append(order, t.Name)
	}
	for _, op := range d.Operations() {
		name := "other"
		if len(op.Tags) > 0 {
			name = op.Tags[0]
		}
		t, ok := byTag[name]
		if !ok {
			t = &pageTag{Tag: Tag{Name: name}}
			byTag[name] = t
			order = append(order, name)
		}
		t.Ops = append(t.Ops, d.pageOp(op))
		data.Count++
	}
	for _, name := range order {
		if t := byTag[name]; len(t.Ops) > 0 {
			data.Tags = append(data.Tags, *t)
		}
	}
	for _, s := range d.Components.SecuritySchemes {
		kind := s.Value.Type
		switch {
		case s.Value.Type == "apiKey":
			kind = fmt.Sprintf("%s %s", s.Value.In, s.Value.Name)
		case s.Value.Type == "http":
			kind = "Authorization: " + strings.ToUpper(s.Value.Scheme[:1]) + s.Value.Scheme[1:] + " " + s.Value.BearerFormat
		}
		data.Schemes = append(data.Schemes, pageScheme{Name: s.Name, Kind: kind, Description: s.Value.Description})
	}
	for _, s := range d.Components.Schemas {
		data.Schemas = append(data.Schemas, pageSchema{Name: s.Name, Expr: typeExpr(s.Value), Description: s.Value.Description, Rows: rows(s.Value, "", 0)})
	}
	var b bytes.Buffer
	if err := pageTpl.Execute(&b, data); err != nil {
		return nil, fmt.Errorf("apidocs: render page: %w", err)
	}
	return b.Bytes(), nil
}

func (d *Document) pageOp(op *Operation) pageOp {
	p := pageOp{Operation: op, Anchor: op.OperationID, Auth: authText(op.Auth), Params: op.Params}
	if op.RequestBody != nil {
		p.Body = contents(op.RequestBody.Content)
	}
	for _, r := range op.Responses {
		res := d.response(r.Value)
		pr := pageResponse{Code: r.Name, Description: res.Description, Content: contents(res.Content)}
		for _, h := range res.Headers {
			hd := d.header(h.Value)
			pr.Headers = append(pr.Headers, pageHeader{Name: h.Name, Description: hd.Description, Expr: typeExpr(hd.Schema)})
		}
		p.Responses = append(p.Responses, pr)
	}
	sort.SliceStable(p.Responses, func(i, j int) bool { return p.Responses[i].Code < p.Responses[j].Code })
	return p
}

func contents(c Ordered[MediaType]) []pageContent {
	var out []pageContent
	for _, m := range c {
		out = append(out, pageContent{Type: m.Name, Expr: typeExpr(m.Value.Schema), Rows: rows(m.Value.Schema, "", 0)})
	}
	return out
}

// authText says which credentials an operation takes: alternatives joined by "or", schemes within one by "+".
func authText(reqs []Requirement) string {
	var alts []string
	for _, r := range reqs {
		if len(r) == 0 {
			alts = append(alts, "none")
			continue
		}
		names := make([]string, 0, len(r))
		for n := range r {
			names = append(names, n)
		}
		sort.Slice(names, func(i, j int) bool { return schemeRank(names[i]) < schemeRank(names[j]) })
		alts = append(alts, strings.Join(names, " + "))
	}
	if len(alts) == 0 {
		return "none"
	}
	return strings.Join(alts, " or ")
}

// schemeRank puts the session before the CSRF header that goes with it.
func schemeRank(name string) string {
	if name == "csrfHeader" {
		return "z"
	}
	return name
}

var pageTpl = template.Must(template.New("docs").Funcs(template.FuncMap{"typeExpr": typeExpr, "constraints": constraints, "md": markdown}).Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Doc.Info.Title}} reference</title>
<style>
:root{color-scheme:light dark;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--code:#f6f8fa;--get:#0969da;--post:#1a7f37;--put:#9a6700;--patch:#8250df;--delete:#cf222e}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--bg:#0d1117;--code:#161b22;--get:#4493f8;--post:#3fb950;--put:#d29922;--patch:#ab7df8;--delete:#f85149}}
body{margin:0;font:15px/1.5 system-ui,sans-serif;color:var(--fg);background:var(--bg)}
.wrap{display:flex;gap:2rem;max-width:80rem;margin:0 auto;padding:1rem}
nav{flex:0 0 20rem;position:sticky;top:0;align-self:flex-start;max-height:100vh;overflow:auto;font-size:13px}
nav ul{list-style:none;padding-left:.5rem;margin:.25rem 0 .75rem}nav li a{display:flex;gap:.25rem;word-break:break-all}td p,li p{margin:0}td p+p{margin-top:.25rem}
main{flex:1;min-width:0}
a{color:var(--get)}
code,.path{font-family:ui-monospace,monospace;font-size:13px}
pre{background:var(--code);padding:.75rem;overflow:auto;white-space:pre-wrap}
section.op{border-top:1px solid var(--line);padding:.75rem 0}
.m{display:inline-block;min-width:4.2rem;font:700 12px ui-monospace,monospace;text-transform:uppercase}
.GET{color:var(--get)}.POST{color:var(--post)}.PUT{color:var(--put)}.PATCH{color:var(--patch)}.DELETE{color:var(--delete)}
table{border-collapse:collapse;width:100%;margin:.25rem 0 .75rem;font-size:13px;display:block;overflow-x:auto}
th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:var(--code)}
.muted{color:var(--muted)}
h2{margin-top:2rem}h3{margin:.25rem 0;font-size:16px}h4{margin:.5rem 0 .25rem;font-size:14px}
@media (max-width:48rem){.wrap{display:block}nav{position:static;max-height:45vh;border-bottom:1px solid var(--line)}}
</style></head>
<body><div class="wrap">
<nav aria-label="Operations">
<p><strong>{{.Doc.Info.Title}}</strong><br><span class="muted">{{.Count}} operations under <code>{{.Server}}</code></span></p>
<p><a href="/api/openapi.yaml">openapi.yaml</a> · <a href="/api/openapi.json">openapi.json</a></p>
{{range .Tags}}<a href="#tag-{{.Name}}">{{.Name}}</a><ul>{{range .Ops}}<li><a href="#{{.Anchor}}"><span class="m {{.Method}}">{{.Method}}</span>{{.Path}}</a></li>{{end}}</ul>{{end}}
<a href="#security">Authentication</a><br><a href="#schemas">Schemas</a>
</nav>
<main>
<h1>{{.Doc.Info.Title}} <span class="muted">v{{.Doc.Info.Version}}</span></h1>
<p>{{.Doc.Info.Summary}}</p>
{{md .Doc.Info.Description}}
<p>Every path below is relative to <code>{{.Server}}</code>.</p>
{{range .Tags}}
<h2 id="tag-{{.Name}}">{{.Name}}</h2>
<p class="muted">{{.Description}}</p>
{{range .Ops}}
<section class="op" id="{{.Anchor}}">
<h3><span class="m {{.Method}}">{{.Method}}</span> <span class="path">{{.Path}}</span></h3>
<p><strong>{{.Summary}}</strong> <span class="muted">· <code>{{.OperationID}}</code> · auth: {{.Auth}}</span></p>
{{if .Description}}{{md .Description}}{{end}}
{{if .Params}}<h4>Parameters</h4>
<table><thead><tr><th>Name</th><th>In</th><th>Type</th><th>Required</th><th>Description</th></tr></thead><tbody>
{{range .Params}}<tr><td><code>{{.Name}}</code></td><td>{{.In}}</td><td><code>{{typeExpr .Schema}}</code> <span class="muted">{{constraints .Schema}}</span></td><td>{{if .Required}}yes{{end}}</td><td>{{md .Description}}</td></tr>
{{end}}</tbody></table>{{end}}
{{if .Body}}<h4>Request body{{if .RequestBody.Required}} (required){{end}}</h4>
{{range .Body}}<p><code>{{.Type}}</code>: <code>{{.Expr}}</code></p>{{template "rows" .Rows}}{{end}}{{end}}
<h4>Responses</h4>
<table><thead><tr><th>Status</th><th>Description</th><th>Body</th></tr></thead><tbody>
{{range .Responses}}<tr><td><code>{{.Code}}</code></td><td>{{md .Description}}{{range .Headers}}<span class="muted">header <code>{{.Name}}</code>: {{md .Description}}</span>{{end}}</td>
<td>{{range .Content}}<code>{{.Type}}</code>: <code>{{.Expr}}</code><br>{{end}}</td></tr>
{{end}}</tbody></table>
</section>
{{end}}{{end}}
<h2 id="security">Authentication</h2>
<table><thead><tr><th>Scheme</th><th>Sent as</th><th>Description</th></tr></thead><tbody>
{{range .Schemes}}<tr><td><code>{{.Name}}</code></td><td><code>{{.Kind}}</code></td><td>{{md .Description}}</td></tr>
{{end}}</tbody></table>
<h2 id="schemas">Schemas</h2>
{{range .Schemas}}
<section class="op" id="schema-{{.Name}}">
<h3>{{.Name}} <span class="muted"><code>{{.Expr}}</code></span></h3>
{{if .Description}}{{md .Description}}{{end}}
{{template "rows" .Rows}}
</section>
{{end}}
</main></div></body></html>
{{define "rows"}}{{if .}}<table><thead><tr><th>Field</th><th>Type</th><th>Required</th><th>Description</th></tr></thead><tbody>
{{range .}}<tr><td><code>{{.Name}}</code></td><td><code>{{.Type}}</code></td><td>{{if .Required}}yes{{end}}</td><td>{{md .Description}} <span class="muted">{{.Constraints}}</span></td></tr>
{{end}}</tbody></table>{{end}}{{end}}`))
