#!/usr/bin/env python3
"""Writes Modules/PlaceworksServer/openapi.json, the API's OpenAPI 3.1 description.

The server's tests check that every route the router serves is in the document and every path
in the document is served; run this after adding a route, and commit its output.
"""
import json
import pathlib

KINDS = ["places", "organisations", "people", "bodies", "seats", "memberships", "leadership-roles",
         "delegations", "budgets", "workstreams", "milestones", "risks", "indicators", "meetings"]

def ref(name):
    return {"$ref": f"#/components/{name}"}

problem = {"description": "A problem: what went wrong and what to do about it.",
           "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}

def errors(*codes):
    return {str(code): {"$ref": f"#/components/responses/Problem{code}"} for code in codes}

def json_body(schema):
    return {"required": True, "content": {"application/json": {"schema": schema}}}

record_ok = {"description": "The record, with its version as the ETag.",
             "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
             "content": {"application/json": {"schema": {"type": "object"}}}}

paths = {}
for kind in KINDS:
    paths[f"/api/v1/{kind}"] = {"get": {
        "operationId": f"list-{kind}", "summary": f"A page of {kind}", "tags": ["records"],
        "security": [{"bearer": []}],
        "parameters": [ref("parameters/as_of"), ref("parameters/place"), ref("parameters/cursor"), ref("parameters/limit"),
                       ref("parameters/If-None-Match")],
        "responses": {"200": {"description": f"A page of {kind}, ordered by identifier.",
                              "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}},
                      "304": {"description": "Not modified."}, **errors(400, 401, 404)}}}
    one = {"get": {
        "operationId": f"get-{kind}", "summary": f"One of the {kind}", "tags": ["records"],
        "security": [{"bearer": []}],
        "parameters": [ref("parameters/id"), ref("parameters/If-None-Match")],
        "responses": {"200": record_ok, "304": {"description": "Not modified."}, **errors(400, 401, 404)}}}
    paths[f"/api/v1/{kind}/{{id}}"] = one

def write(operation_id, summary, schema, if_match, created=False, with_id=True):
    parameters = [ref("parameters/id")] if with_id else []
    if if_match:
        parameters.append(ref("parameters/If-Match"))
    codes = [400, 401, 403, 404, 409, 413, 415, 422] + ([412, 428] if if_match else [])
    return {"operationId": operation_id, "summary": summary, "tags": ["writes"], "security": [{"bearer": []}],
            "parameters": parameters, "requestBody": json_body(schema),
            "responses": {("201" if created else "200"): record_ok, **errors(*codes)}}

day = {"type": "string", "format": "date"}
text = {"type": "string"}
flag = {"type": "boolean"}
score = {"type": "integer", "minimum": 1, "maximum": 5}

def obj(properties, required=()):
    return {"type": "object", "additionalProperties": False, "properties": properties, "required": list(required)}

risk_fields = {"title": text, "owner": text, "likelihood": score, "impact": score, "mitigation": text,
               "reviewBy": day, "body": text, "escalatedTo": text}
meeting_fields = {"body": text, "date": day, "session": text, "attendance": {"type": "array", "items": {"type": "object"}},
                  "items": {"type": "array", "items": {"type": "object"}},
                  "declarations": {"type": "array", "items": {"type": "object"}}}

paths["/api/v1/memberships"]["post"] = write(
    "appoint-member", "Appoint a person to a seat",
    obj({"seat": text, "person": text, "personName": text, "onBehalfOf": text, "from": day, "deputy": text,
         "deputyBriefed": flag, "id": text}, ["seat", "person", "from"]), False, created=True, with_id=False)
paths["/api/v1/memberships/{id}"]["patch"] = write(
    "change-membership", "End a membership or set its deputy",
    obj({"end": day, "deputy": text, "deputyName": text, "deputyBriefed": flag}), True)
paths["/api/v1/risks"]["post"] = write(
    "add-risk", "Add a risk to a place's register",
    obj({"id": text, "place": text, "opened": day, **risk_fields}, ["id", "place", "title"]), False, created=True,
    with_id=False)
paths["/api/v1/risks/{id}"]["patch"] = write(
    "change-risk", "Change or close a risk", obj({"closed": day, **risk_fields}), True)
paths["/api/v1/milestones/{id}"]["patch"] = write(
    "set-milestone", "Set a milestone's status",
    obj({"status": {"type": "string", "enum": ["planned", "in-progress", "at-risk", "done", "cancelled"]}, "due": day,
         "completed": day}, ["status"]), True)
paths["/api/v1/meetings"]["post"] = write(
    "record-meeting", "Record a meeting: attendance, declarations, agenda and decisions",
    obj({"id": text, **meeting_fields}, ["id", "body", "date"]), False, created=True, with_id=False)
paths["/api/v1/meetings/{id}"]["patch"] = write(
    "change-meeting", "Restate parts of a meeting", obj(meeting_fields), True)
paths["/api/v1/indicators/{id}/observations"] = {"post": write(
    "observe-indicator", "Add an observation to an indicator",
    obj({"period": text, "date": day, "value": {"type": "number"}, "lowerConfidence": {"type": "number"},
         "upperConfidence": {"type": "number"}}, ["period", "date", "value"]), True, created=True)}

paths["/api/v1/findings"] = {"get": {
    "operationId": "findings", "summary": "Findings as of a day, for a place or the whole ICS", "tags": ["findings"],
    "security": [{"bearer": []}],
    "parameters": [ref("parameters/as_of"), ref("parameters/place"), ref("parameters/If-None-Match")],
    "responses": {"200": {"description": "The report with the rule set and data version it was computed from.",
                          "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Findings"}}}},
                  "304": {"description": "Not modified."}, **errors(400, 401, 404)}}}

paths["/api/v1/popolo"] = {"get": {
    "operationId": "popolo", "summary": "The partnership as Popolo JSON (open data)", "tags": ["open data"],
    "description": "Public items only without a token; with a valid token, private meetings and decisions too.",
    "security": [{}, {"bearer": []}],
    "parameters": [ref("parameters/as_of"), ref("parameters/place"), ref("parameters/If-None-Match")],
    "responses": {"200": {"description": "Persons, organizations, posts, memberships, events, motions and vote events.",
                          "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Popolo"}}}},
                  "304": {"description": "Not modified."}, **errors(400, 401, 404)}}}


paths["/api/v1/audit"] = {"get": {
    "operationId": "audit", "summary": "The audit log, oldest first, optionally for one place", "tags": ["audit"],
    "security": [{"bearer": []}],
    "parameters": [ref("parameters/place"), {"name": "cursor", "in": "query", "required": False,
                                              "schema": {"type": "string", "pattern": "^[0-9]+$"},
                                              "description": "The `next` of the previous page."},
                   ref("parameters/limit")],
    "responses": {"200": {"description": "A page of audit entries: sequence, actor, time, kind, id, place, change, hash.",
                          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}},
                  **errors(400, 401)}}}


def open_get(operation_id, summary, description):
    return {"get": {"operationId": operation_id, "summary": summary, "tags": ["operations"], "security": [],
                    "responses": {"200": {"description": description,
                                          "content": {"application/json": {"schema": {"type": "object"}}}},
                                  **({"503": {"$ref": "#/components/responses/Problem503"}}
                                     if operation_id == "ready" else {})}}}

paths["/health/live"] = open_get("live", "The process answers", "Live.")
paths["/health/ready"] = open_get("ready", "The store is reachable and current", "Ready.")
paths["/openapi.json"] = open_get("openapi", "This document", "The OpenAPI document.")
paths["/metrics"] = {"get": {"operationId": "metrics", "summary": "Prometheus metrics", "tags": ["operations"],
                             "security": [],
                             "responses": {"200": {"description": "Request counts and latencies by route and status, "
                                                                  "the data version and the snapshot's age.",
                                                   "content": {"text/plain": {"schema": {"type": "string"}}}}}}}

statuses = {400: "Bad request", 401: "No valid API token", 403: "The token may not do this", 404: "Not found",
            409: "Conflicts with the data", 412: "The record changed since it was read", 413: "Body too large",
            415: "Not JSON", 422: "A field is invalid", 428: "If-Match is required", 503: "The store is unavailable"}

document = {
    "openapi": "3.1.0",
    "info": {"title": "Placeworks API", "version": "1.0.0",
             "description": "The governance and delivery data of place-based partnerships: read every kind of "
                            "record as of a day, findings with their provenance, and audited writes."},
    "servers": [{"url": "/"}],
    "paths": paths,
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "headers": {"ETag": {"description": "The version of what was read.", "schema": {"type": "string"}}},
        "parameters": {
            "id": {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
            "as_of": {"name": "as_of", "in": "query", "required": False, "schema": {"type": "string", "format": "date"},
                      "description": "Only what is in force on this day (YYYY-MM-DD)."},
            "place": {"name": "place", "in": "query", "required": False, "schema": {"type": "string"},
                      "description": "Only records filed under this place (ONS code)."},
            "cursor": {"name": "cursor", "in": "query", "required": False, "schema": {"type": "string"},
                       "description": "The `next` of the previous page."},
            "limit": {"name": "limit", "in": "query", "required": False,
                      "schema": {"type": "integer", "minimum": 1, "maximum": 500, "default": 100}},
            "If-None-Match": {"name": "If-None-Match", "in": "header", "required": False, "schema": {"type": "string"}},
            "If-Match": {"name": "If-Match", "in": "header", "required": True, "schema": {"type": "string"},
                         "description": "The ETag of the record as read."},
        },
        "responses": {f"Problem{code}": {**problem, "description": title} for code, title in statuses.items()},
        "schemas": {
            "Problem": {"type": "object", "required": ["type", "title", "status", "detail"],
                        "properties": {"type": text, "title": text, "status": {"type": "integer"}, "detail": text,
                                       "field": text}},
            "Page": {"type": "object", "required": ["items", "next"],
                     "properties": {"items": {"type": "array", "items": {"type": "object"}},
                                    "next": {"type": ["string", "null"]}}},
            "Popolo": {"type": "object",
                       "required": ["persons", "organizations", "posts", "memberships", "events", "motions", "vote_events"],
                       "properties": {name: {"type": "array", "items": {"type": "object"}}
                                      for name in ["persons", "organizations", "posts", "memberships", "events",
                                                   "motions", "vote_events"]}},
            "Findings": {"type": "object", "required": ["asOf", "provenance", "report"],
                         "properties": {"asOf": day, "place": text, "provenance": {"type": "object"},
                                        "report": {"type": "object"}}},
        },
    },
}

target = pathlib.Path(__file__).resolve().parents[2] / "Modules/PlaceworksServer/openapi.json"
target.write_text(json.dumps(document, indent=2, sort_keys=True) + "\n")
print(f"wrote {target}")
