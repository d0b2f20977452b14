package webui

// placeholderHTML is served for every UI route when the binary was built
// without running the web build, so `go build` never needs Node.
const placeholderHTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Career Copilot: web UI not built</title>
<style>
body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1f2937}
code{background:#f3f4f6;padding:.1rem .3rem;border-radius:.25rem}
</style>
</head>
<body>
<main>
<h1>The web UI was not built</h1>
<p>This copy of Career Copilot was compiled without the web interface. The API under
<code>/api/v1</code> and <code>/health</code> works as usual.</p>
<p>To build the UI into the binary, run <code>make run</code> (or <code>make build</code>)
from the repository root; it needs Node.js 20.19 or newer.</p>
</main>
</body>
</html>
`
