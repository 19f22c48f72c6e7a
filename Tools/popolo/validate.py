#!/usr/bin/env python3
"""Validates a Popolo export against the Popolo JSON Schemas (draft-03).

    validate.py EXPORT.json SCHEMA_FOLDER

Every object of every list (persons, organizations, posts, memberships, events, motions,
vote_events) is checked against its schema; the schemas' `$ref`s resolve to the folder's files,
never the network. Prints each invalid object and exits 1 when there is one.
"""
import json
import pathlib
import sys

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT3

LISTS = {"persons": "person", "organizations": "organization", "posts": "post", "memberships": "membership",
         "events": "event", "motions": "motion", "vote_events": "vote_event"}


def main(export_path, folder):
    folder = pathlib.Path(folder)
    resources = []
    for path in folder.glob("*.json"):
        schema = json.loads(path.read_text())
        resources.append((f"http://www.popoloproject.com/schemas/{path.name}", Resource(schema, DRAFT3)))
        resources.append((f"http://www.popoloproject.com/schemas/{path.name}#", Resource(schema, DRAFT3)))
    registry = Registry().with_resources(resources)
    export = json.loads(pathlib.Path(export_path).read_text())
    failures = checked = 0
    for name, schema_name in LISTS.items():
        schema = json.loads((folder / f"{schema_name}.json").read_text())
        validator = jsonschema.Draft3Validator(schema, registry=registry,
                                               format_checker=jsonschema.Draft3Validator.FORMAT_CHECKER)
        for item in export.get(name, []):
            checked += 1
            for error in validator.iter_errors(item):
                failures += 1
                print(f"{name} {item.get('id')}: {error.message} (at {'/'.join(map(str, error.path))})")
    print(f"checked {checked} objects, {failures} problems")
    return 1 if failures or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
