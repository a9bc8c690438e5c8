#!/usr/bin/env python3
"""Validate JSON against Essor's protocol schemas (docs/schemas) with the jsonschema library.

Usage: validate_schema.py SCHEMA_DIR KIND FILE
KIND is description, request, response or document; for an Essor JSON output (which holds
the document under "document"), use KIND "output": its "document" member is validated.
Prints {"valid": bool, "errors": [...]} and exits 0.
"""
import json
import pathlib
import sys

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012


def main(folder, kind, path):
    folder = pathlib.Path(folder)
    schemas = {p.name: json.loads(p.read_text()) for p in folder.glob("*.schema.json")}
    registry = Registry().with_resources(
        (name, Resource.from_contents(schema, default_specification=DRAFT202012))
        for name, schema in schemas.items())
    data = json.loads(pathlib.Path(path).read_text())
    if kind == "output":
        kind, data = "document", data["document"]
    validator = jsonschema.Draft202012Validator(schemas[kind + ".schema.json"], registry=registry)
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:300]}" for e in validator.iter_errors(data)]
    json.dump({"valid": not errors, "errors": errors[:20]}, sys.stdout)


if __name__ == "__main__":
    main(*sys.argv[1:])
