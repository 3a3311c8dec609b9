"""Which address a request counts against for the rate limits, and when a proxy's word on it is
believed.

A client can send `X-Real-IP` and `X-Forwarded-For` itself, with a new address on every
request: believed without a proxy in front, they would let a guesser escape the room-code limit.
So they are read only when the deployment says a proxy sits in front (`CAREERS_TRUSTED_PROXY`),
and then only the parts that proxy wrote.
"""

from __future__ import annotations

from collections.abc import Mapping

TRUSTED_PROXY_ENV = "CAREERS_TRUSTED_PROXY"
_YES = frozenset({"1", "true", "yes", "on"})
# Longer than any IPv6 address with a zone; a rate-limit key stays bounded.
_MAX_LENGTH = 64


def behind_proxy(environ: Mapping[str, str]) -> bool:
    """Whether `CAREERS_TRUSTED_PROXY` says every request comes through our own proxy."""
    return environ.get(TRUSTED_PROXY_ENV, "").strip().lower() in _YES


def client_address(headers: Mapping[str, str], peer: str | None, trust_proxy: bool) -> str:
    """The address a request counts against: `peer` (the socket's; None for localhost) unless
    `trust_proxy`, when the address the proxy forwards.

    Behind the proxy, `X-Real-IP` (deploy/nginx.conf sets it to the address nginx was connected
    from, replacing any the client sent), else the last `X-Forwarded-For` entry: the one the
    proxy next to the app appended; earlier entries are whatever the client wrote. A request
    without either (one that bypassed the proxy) counts against its peer.
    """
    if trust_proxy:
        named = {name.lower(): value for name, value in headers.items()}
        real = named.get("x-real-ip", "").strip()
        forwarded = real or named.get("x-forwarded-for", "").split(",")[-1].strip()
        if forwarded:
            return forwarded[:_MAX_LENGTH]
    return (peer or "local").strip()[:_MAX_LENGTH]
