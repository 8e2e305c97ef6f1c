//! The generated index page and the live-reload client script.

use crate::glue::js_string;

/// Escapes text for HTML.
pub fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The live-reload client: long-polls `/_devserver/status`, reloads the page after a
/// successful rebuild and shows the build error in an overlay after a failed one.
pub const CLIENT_JS: &str = r#"// wasm-devserver live reload
let seen = null;
let build = null;
function overlay(text) {
  let el = document.getElementById('__devserver_error');
  if (!el) {
    el = document.createElement('pre');
    el.id = '__devserver_error';
    el.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;margin:0;padding:1em;background:#300;color:#fdd;font:13px monospace;z-index:99999;white-space:pre-wrap';
    document.body.appendChild(el);
  }
  el.textContent = 'build failed\n\n' + text;
}
async function poll() {
  for (;;) {
    try {
      const r = await fetch('/_devserver/status?since=' + (seen ?? -1), { cache: 'no-store' });
      const s = await r.json();
      if (build !== null && s.build !== build) { location.reload(); return; }
      build = s.build;
      seen = s.events;
      if (s.error) overlay(s.error);
      else document.getElementById('__devserver_error')?.remove();
    } catch (e) {
      await new Promise(ok => setTimeout(ok, 1000));
    }
  }
}
poll();
"#;

/// The `<script>` tag that loads the reload client, injected into every HTML page served.
pub const CLIENT_TAG: &str = r#"<script type="module" src="/_devserver/client.js"></script>"#;

/// Inserts the reload client before `</body>` (or at the end when there is none).
pub fn inject_client(html: &str) -> String {
    match html.rfind("</body>") {
        Some(i) => format!("{}{CLIENT_TAG}\n{}", &html[..i], &html[i..]),
        None => format!("{html}\n{CLIENT_TAG}\n"),
    }
}

/// The generated index page: shows whether the page is cross-origin isolated, a form per
/// exported function, and calls `?call=<export>&args=<a,b,...>` on load, writing the result
/// into `#result` (and `data-state` on `<body>`: `done` or `error`).
pub fn index(title: &str, glue_url: &str) -> String {
    let title = html_escape(title);
    let glue = js_string(glue_url);
    format!(
        r#"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font: 15px system-ui, sans-serif; margin: 2em; max-width: 50em; }}
code, output, input {{ font-family: ui-monospace, monospace; }}
.fn {{ margin: .4em 0; }} .fn input {{ width: 7em; }}
#error {{ color: #a00; white-space: pre-wrap; }}
</style>
</head>
<body data-state="loading">
<h1>{title}</h1>
<p>crossOriginIsolated: <code id="coi"></code> · SharedArrayBuffer: <code id="sab"></code></p>
<div id="exports"></div>
<p>Result: <output id="result"></output></p>
<pre id="error"></pre>
<script type="module">
import * as app from {glue};
const $ = id => document.getElementById(id);
$('coi').textContent = String(self.crossOriginIsolated);
$('sab').textContent = typeof SharedArrayBuffer === 'function' ? 'available' : 'unavailable';
function show(value) {{ $('result').textContent = String(value); document.body.dataset.state = 'done'; }}
function fail(e) {{ $('error').textContent = String(e && e.stack || e); document.body.dataset.state = 'error'; }}
function parse(text, type) {{ return type === 'i64' ? BigInt(text) : Number(text); }}
try {{
  await app.init();
  for (const [name, sig] of Object.entries(app.signatures)) {{
    const row = document.createElement('form');
    row.className = 'fn';
    const inputs = sig.params.map((t, i) => {{
      const input = document.createElement('input');
      input.placeholder = t; input.name = 'a' + i; input.value = '0';
      return input;
    }});
    const button = document.createElement('button');
    button.textContent = name + '(' + sig.params.join(', ') + ')' + (sig.results.length ? ' → ' + sig.results.join(', ') : '');
    row.append(...inputs, button);
    row.onsubmit = ev => {{
      ev.preventDefault();
      try {{ show(app.call(name, ...inputs.map((inp, i) => parse(inp.value, sig.params[i])))); }} catch (e) {{ fail(e); }}
    }};
    $('exports').append(row);
  }}
  const q = new URLSearchParams(location.search);
  if (q.has('call')) {{
    const name = q.get('call');
    const sig = app.signatures[name];
    if (!sig) throw new Error('the module exports no function named ' + name);
    const args = (q.get('args') ?? '').split(',').filter(s => s !== '').map((s, i) => parse(s, sig.params[i]));
    show(app.call(name, ...args));
  }} else {{
    document.body.dataset.state = 'ready';
  }}
}} catch (e) {{ fail(e); }}
</script>
{CLIENT_TAG}
</body>
</html>
"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_goes_before_body_end() {
        assert_eq!(inject_client("<body>x</body>"), format!("<body>x{CLIENT_TAG}\n</body>"));
        assert!(inject_client("plain").ends_with(&format!("{CLIENT_TAG}\n")));
    }

    #[test]
    fn titles_are_escaped() {
        assert!(index("<b>&", "./app.js").contains("<title>&lt;b&gt;&amp;</title>"));
    }
}
