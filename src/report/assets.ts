/** The report's whole stylesheet: inline, no fonts or images from anywhere. */
export const STYLE = `
:root{--ink:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#f6f8fa;--ok:#1a7f37;--warn:#8a5a00;--bad:#b42318;--accent:#0858b8}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
header,main{max-width:1100px;margin:0 auto;padding:0 16px}
header{padding-top:20px}
h1{font-size:1.6em;margin:0 0 4px}
h2{font-size:1.25em;margin:28px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}
h3{font-size:1em;margin:0;display:inline}
a{color:var(--accent)}
.muted{color:var(--muted)}
p,li{overflow-wrap:anywhere}
.strip{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:10px;margin:14px 0}
.tile{border:1px solid var(--line);border-radius:6px;padding:8px 10px;background:var(--bg)}
.tile summary{cursor:pointer;list-style:none}
.tile .n{display:block;font-size:1.6em;font-weight:700}
.tile.hot .n{color:var(--bad)}
.tile ul{margin:6px 0 0;padding-left:18px;font-size:.9em;max-height:16em;overflow:auto}
form.filters{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;padding:8px 10px;border:1px solid var(--line);border-radius:6px;margin:10px 0}
form.filters label{font-size:.9em}
form.filters select{margin-left:4px;max-width:14em}
ul.tree,ul.tree ul{list-style:none;margin:0;padding-left:22px}
ul.tree{padding-left:0}
li.plan{margin:8px 0}
li.plan.context>details>.body{display:none}
li.plan.context>details>summary{opacity:.7}
details.node>summary{cursor:pointer;padding:8px 10px;border:1px solid var(--line);border-radius:6px 6px 0 0;background:var(--bg)}
details.node:not([open])>summary{border-radius:6px}
details.node>.body{border:1px solid var(--line);border-top:0;border-radius:0 0 6px 6px;padding:8px 12px;content-visibility:auto;contain-intrinsic-size:auto 240px}
/* Cards off screen are laid out when scrolled to: a 1,000-plan page loads several times faster. */
.kind{display:inline-block;font-size:.75em;text-transform:uppercase;letter-spacing:.04em;border:1px solid var(--muted);border-radius:3px;padding:0 4px;margin-right:6px;color:var(--muted)}
.meta{display:block;font-size:.9em;color:var(--muted);margin:2px 0 0}
.health-line{margin:0 0 4px}
.health{font-size:.9em}
.health.err{color:var(--bad)}
.health.ok{color:var(--ok)}
ol.goals{list-style:none;padding:0;margin:6px 0}
ol.goals>li{border-top:1px solid var(--line);padding:6px 0;display:grid;grid-template-columns:minmax(0,1fr) 170px;gap:4px 12px}
.gid{font-weight:700;margin-right:4px}
dl.facts{display:flex;flex-wrap:wrap;gap:0 14px;margin:2px 0;font-size:.85em}
dl.facts dt{color:var(--muted)}
dl.facts dt::after{content:":"}
dl.facts dd{margin:0 0 0 4px}
.links{font-size:.85em;margin:2px 0}
.chip{display:inline-block;font-size:.8em;border-radius:10px;padding:0 8px;border:1px solid currentColor}
.chip.good{color:var(--ok)}.chip.risk{color:var(--warn)}.chip.bad{color:var(--bad)}.chip.none{color:var(--muted)}
.flag{color:var(--bad);font-weight:600;font-size:.85em}
svg .track{fill:#e6e9ed}svg .fill{fill:var(--ok)}svg .fill.behind{fill:var(--bad)}svg .pace{stroke:var(--ink);stroke-width:2}
svg.spark .line{fill:none;stroke:var(--accent);stroke-width:2}svg.spark .pace-line{stroke:var(--muted);stroke-dasharray:3 3}
details.findings{font-size:.9em;margin-top:6px}
details.findings li{margin:2px 0}
.sev-error{color:var(--bad);font-weight:600}.sev-warn{color:var(--warn);font-weight:600}
table{border-collapse:collapse;width:100%;font-size:.9em}
th,td{text-align:left;border-bottom:1px solid var(--line);padding:4px 6px;vertical-align:top;overflow-wrap:anywhere}
.moved{color:var(--bad);font-weight:700}
footer{max-width:1100px;margin:30px auto;padding:0 16px;font-size:.8em;color:var(--muted)}
@media print{
  form.filters,.toolbar{display:none}
  body{font-size:11px}
  ul.tree>li.plan>details>ul>li.plan{break-before:page}
  li.plan{break-inside:avoid-page}
  details.node>.body{content-visibility:visible}
  a{color:inherit;text-decoration:none}
}
`;

/**
 * Filters and collapsing; the page reads in full without it (every node starts open, the filter form starts hidden).
 * Plans are visited last to first so that a plan's children are decided before it: a plan that does not match stays
 * as context (its header only) when one below it does.
 */
export const SCRIPT = `
(function(){
  var form=document.getElementById('filters');
  if(!form)return;
  form.hidden=false;
  var bar=document.getElementById('toolbar');bar.hidden=false;
  var plans=Array.prototype.slice.call(document.querySelectorAll('li.plan'));
  var shown=document.getElementById('shown');
  function val(name){return form.elements.namedItem(name).value}
  function on(name){return form.elements.namedItem(name).checked}
  function apply(){
    var owner=val('owner'),kind=val('kind'),period=val('period'),behind=on('behind'),errors=on('errors');
    var filtering=owner||kind||period||behind||errors,count=0;
    for(var i=plans.length-1;i>=0;i--){
      var li=plans[i],d=li.dataset;
      var match=(!owner||d.owners.split('|').indexOf(owner)>=0)&&(!kind||d.kind===kind)&&(!period||d.period===period)&&(!behind||d.behind==='1')&&(!errors||d.errors==='1');
      var below=li.querySelector(':scope>details>ul>li.plan:not([hidden])');
      li.hidden=!match&&!below;
      li.classList.toggle('context',Boolean(filtering&&!match&&below));
      if(match)count++;
    }
    shown.textContent=filtering?count+' of '+plans.length+' plans match':'';
  }
  form.addEventListener('change',apply);
  form.addEventListener('reset',function(){setTimeout(apply,0)});
  function all(open){document.querySelectorAll('details.node').forEach(function(d){d.open=open})}
  document.getElementById('expand').addEventListener('click',function(){all(true)});
  document.getElementById('collapse').addEventListener('click',function(){all(false)});
  window.addEventListener('beforeprint',function(){all(true)});
})();
`;
