"""Talking to SPARQL 1.1 servers through SPARQLWrapper: one place for the timeout, the credentials and
the error messages (unreachable server, HTTP error, rejected query or update).

Credentials never come from the command line: `KG_SPARQL_AUTH` holds `user:password` (HTTP Basic,
or Digest with `KG_SPARQL_AUTH_TYPE=digest`) or a token (`KG_SPARQL_AUTH_TYPE=bearer`). URLs with a
user name or password in them are refused.
"""
from __future__ import annotations

import os
import re
import socket
import urllib.error
from urllib.parse import urlsplit

from . import __version__
from .errors import EndpointError

AUTH_ENV = "KG_SPARQL_AUTH"
AUTH_TYPE_ENV = "KG_SPARQL_AUTH_TYPE"
USER_AGENT = f"news-kg/{__version__} (https://w3id.org/news-kg; SPARQLWrapper)"


def is_endpoint(source: str) -> bool:
    return bool(re.match(r"^https?://", str(source), re.IGNORECASE))


def check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise EndpointError(f"{url}: not an http(s):// SPARQL endpoint URL")
    if parts.username or parts.password:
        raise EndpointError(f"{parts.scheme}://…@{parts.hostname}: credentials in the URL are refused; "
                            f"put them in the environment variable {AUTH_ENV} (user:password)")


def wrapper(url: str, timeout: float | None, *, auth: bool = True, agent: str = USER_AGENT):
    """A SPARQLWrapper for `url` with the timeout, a User-Agent and (if asked) the credentials."""
    from SPARQLWrapper import BASIC, DIGEST, POST, SPARQLWrapper

    check_url(url)
    sw = SPARQLWrapper(url, agent=agent)
    sw.setMethod(POST)
    if timeout:
        sw.timeout = float(timeout)  # setTimeout() would round it down to whole seconds
    secret = os.environ.get(AUTH_ENV, "") if auth else ""
    if secret:
        kind = os.environ.get(AUTH_TYPE_ENV, "basic").strip().lower()
        if kind == "bearer":
            sw.addCustomHttpHeader("Authorization", f"Bearer {secret}")
        elif kind in ("basic", "digest"):
            user, sep, password = secret.partition(":")
            if not sep:
                raise EndpointError(f"{AUTH_ENV} must be user:password (or set {AUTH_TYPE_ENV}=bearer for a token)")
            sw.setHTTPAuth(DIGEST if kind == "digest" else BASIC)
            sw.setCredentials(user, password)
        else:
            raise EndpointError(f"{AUTH_TYPE_ENV}={kind!r}: expected basic, digest or bearer")
    return sw


def _detail(e: Exception) -> str:
    text = str(e)
    m = re.search(r"Response:\s*\n?(.*)$", text, re.S)
    if m:
        text = m.group(1).strip()
        if text.startswith(("b'", 'b"')):
            try:
                import ast

                text = ast.literal_eval(text).decode("utf-8", "replace")
            except (ValueError, SyntaxError):
                pass
    text = " ".join(text.split())
    return text[:400] + ("…" if len(text) > 400 else "")


def _is_timeout(e: BaseException) -> bool:
    if isinstance(e, (socket.timeout, TimeoutError)):
        return True
    reason = getattr(e, "reason", None)
    return isinstance(reason, (socket.timeout, TimeoutError)) or "timed out" in str(reason or "")


def call(sw, url: str, what: str = "query", timeout: float | None = None):
    """Send the request; every failure becomes an EndpointError that says which kind it is."""
    from SPARQLWrapper.SPARQLExceptions import (EndPointInternalError, EndPointNotFound, QueryBadFormed,
                                                SPARQLWrapperException, Unauthorized, URITooLong)

    verb = "query" if what == "query" else "update"
    try:
        return sw.query()
    except QueryBadFormed as e:
        raise EndpointError(f"{url}: the endpoint rejected the {what} (HTTP 400): {_detail(e)}") from None
    except Unauthorized:
        hint = (f"check the credentials in {AUTH_ENV}" if os.environ.get(AUTH_ENV)
                else f"set {AUTH_ENV}=user:password in the environment")
        raise EndpointError(f"{url}: HTTP 401 unauthorized: {hint}") from None
    except EndPointNotFound:
        raise EndpointError(f"{url}: HTTP 404 not found: no SPARQL {verb} service at this URL") from None
    except URITooLong:
        raise EndpointError(f"{url}: HTTP 414: the request is too long for this server") from None
    except EndPointInternalError as e:
        raise EndpointError(f"{url}: HTTP 500 server error: {_detail(e)}") from None
    except SPARQLWrapperException as e:
        raise EndpointError(f"{url}: the endpoint rejected the {what}: {_detail(e)}") from None
    except urllib.error.HTTPError as e:
        body = ""
        try:
            body = e.read().decode("utf-8", "replace")
        except Exception:  # noqa: BLE001 - the body is only for the message
            pass
        body = " ".join(body.split())[:300]
        if e.code == 403:
            raise EndpointError(f"{url}: HTTP 403 forbidden: the server refuses this {what}"
                                f"{' (' + body + ')' if body else ''}; "
                                f"is it read-only, or are the credentials in {AUTH_ENV} not allowed to write?") from None
        hint = ""
        if e.code in (405, 415) and what == "update":
            hint = " (is this the server's SPARQL Update URL? e.g. …/update or …/statements)"
        raise EndpointError(f"{url}: HTTP {e.code} {e.reason}{': ' + body if body else ''}{hint}") from None
    except Exception as e:  # urllib.error.URLError, socket errors, connection resets
        if _is_timeout(e):
            raise EndpointError(f"{url}: no answer within {timeout:g} s (timeout); the server may still be "
                                f"working on the {what}" if timeout else f"{url}: the request timed out") from None
        reason = getattr(e, "reason", e)
        raise EndpointError(f"{url}: cannot {verb} the endpoint: server unreachable ({reason})") from None


def partial(response, url: str) -> None:
    """Refuse an answer the server says is incomplete (HTTP 206, Virtuoso's X-SQL-State "anytime"
    cut-off): presented as the answer, a partial result would be silently wrong."""
    status = getattr(response, "status", None) or getattr(response, "code", None)
    headers = getattr(response, "headers", None)
    state = headers.get("X-SQL-State") if headers is not None else None
    if status == 206 or state:
        raise EndpointError(f"{url}: the endpoint returned partial results (HTTP {status}"
                            f"{', X-SQL-State ' + state if state else ''}): the query hit a server limit; "
                            "narrow it (LIMIT, a smaller range) or raise the server's limits")


def select(url: str, text: str, timeout: float | None) -> dict:
    """A SELECT (or ASK) query; the SPARQL 1.1 Query Results JSON document."""
    import json

    from SPARQLWrapper import JSON

    sw = wrapper(url, timeout)
    sw.setQuery(text)
    sw.setReturnFormat(JSON)
    res = call(sw, url, "query", timeout)
    partial(res.response, url)
    try:
        body = res.response.read()
        return json.loads(body)
    except Exception as e:
        if _is_timeout(e):
            raise EndpointError(f"{url}: no answer within {timeout:g} s (timeout)") from None
        raise EndpointError(f"{url}: the answer is not SPARQL JSON results: {e}") from None


def construct(url: str, text: str, timeout: float | None) -> bytes:
    """A CONSTRUCT query; the N-Triples bytes."""
    from SPARQLWrapper import N3

    sw = wrapper(url, timeout)
    sw.setQuery(text)
    sw.setReturnFormat(N3)
    sw.addCustomHttpHeader("Accept", "application/n-triples, text/plain;q=0.9")
    res = call(sw, url, "query", timeout)
    partial(res.response, url)
    try:
        return res.response.read()
    except Exception as e:
        raise EndpointError(f"{url}: cannot read the answer: {e}") from None


def update(url: str, text: str, timeout: float | None) -> None:
    """One SPARQL 1.1 Update request (one transaction on servers that have them)."""
    from SPARQLWrapper import POSTDIRECTLY

    sw = wrapper(url, timeout)
    sw.setRequestMethod(POSTDIRECTLY)  # the body is the update: no form encoding, no URL length limit
    sw.setQuery(text)
    res = call(sw, url, "update", timeout)
    try:
        res.response.read()
    except Exception as e:
        if _is_timeout(e):
            raise EndpointError(f"{url}: no answer within {timeout:g} s (timeout)") from None
        raise EndpointError(f"{url}: cannot read the answer: {e}") from None
