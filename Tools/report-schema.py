#!/usr/bin/env python3
# Writes docs/report-schema.json from the report document types in
# Modules/PlaceworksReports/Document/*.swift (each public struct and its public vars; their ///
# comments become descriptions). Run it after changing a document type:
#
#   Tools/report-schema.py > docs/report-schema.json
#
# SchemaTests (PlaceworksReportsTests) fail while the schema and the JSON output disagree.
import glob, json, os, re

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
structs = {}
order = []
for path in sorted(glob.glob(os.path.join(ROOT, 'Modules/PlaceworksReports/Document/*.swift'))):
    lines = open(path).read().split('\n')
    current = None; doc = []; sdoc = {}
    for line in lines:
        m = re.match(r'^public struct (\w+)', line)
        if m:
            current = m.group(1); structs[current] = {'doc': ' '.join(doc), 'props': []}; order.append(current); doc = []; continue
        if line.startswith('}') : current = None; doc=[]; continue
        d = re.match(r'^\s*/// ?(.*)', line)
        if d: doc.append(d.group(1)); continue
        p = re.match(r'^\s+public var (\w+): ([\w\[\]?]+)(\s*=.*)?$', line)
        if p and current:
            structs[current]['props'].append((p.group(1), p.group(2), ' '.join(doc), p.group(3)))
            doc = []; continue
        if line.strip()=='' : doc=[]
def typ(t):
    opt = t.endswith('?')
    t = t.rstrip('?')
    if t.startswith('['):
        inner = t[1:-1]
        s = {'type': 'array', 'items': typ(inner)[0]}
    elif t == 'String': s = {'type': 'string'}
    elif t in ('Int', 'Int64'): s = {'type': 'integer'}
    elif t == 'Double': s = {'type': 'number'}
    elif t == 'Bool': s = {'type': 'boolean'}
    else: s = {'$ref': '#/$defs/' + t}
    return s, opt
defs = {}
for name in order:
    st = structs[name]
    props = {}; req = []
    for (p, t, doc, default) in st['props']:
        s, opt = typ(t)
        if doc: s = dict(s); s['description'] = doc
        if default and '"' in default:
            s = {'const': default.split('"')[1], 'description': doc}
        props[p] = s
        if not opt: req.append(p)
    d = {'type': 'object'}
    if st['doc']: d['description'] = st['doc']
    d['properties'] = props; d['required'] = req; d['additionalProperties'] = False
    defs[name] = d
schema = {
  '$schema': 'https://json-schema.org/draft/2020-12/schema',
  '$id': 'https://placeworks.example/report-schema.json',
  'title': 'Placeworks report',
  'description': 'A board pack (document: board-pack) or an ICS report (document: ics-report), as place-report --format json writes it. Optional fields are left out when they have no value.',
  'oneOf': [{'$ref': '#/$defs/BoardPack'}, {'$ref': '#/$defs/ICSReport'}],
  '$defs': dict(sorted(defs.items())),
}
print(json.dumps(schema, indent=2, ensure_ascii=False))
