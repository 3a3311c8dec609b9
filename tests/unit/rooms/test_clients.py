"""Whose address a request counts against: spoofed forwarding headers with and without a proxy."""

from __future__ import annotations

import pytest

from careers.rooms.clients import TRUSTED_PROXY_ENV, behind_proxy, client_address

SPOOFED = {"X-Real-IP": "203.0.113.7", "X-Forwarded-For": "198.51.100.9, 198.51.100.10"}


@pytest.mark.parametrize("headers", [SPOOFED, {"x-real-ip": "1.2.3.4"}, {"X-Forwarded-For": "5.6"}])
def test_without_a_proxy_the_client_s_own_headers_are_ignored(headers) -> None:
    assert client_address(headers, "192.0.2.50", trust_proxy=False) == "192.0.2.50"


def test_a_new_spoofed_address_per_request_still_counts_against_one_client() -> None:
    seen = {
        client_address({"X-Real-IP": f"10.0.{n}.1", "X-Forwarded-For": f"10.1.{n}.1"}, None, False)
        for n in range(50)
    }
    assert seen == {"local"}  # None: a localhost peer, as Streamlit reports it


def test_behind_the_proxy_its_x_real_ip_counts() -> None:
    assert client_address(SPOOFED, "172.18.0.5", trust_proxy=True) == "203.0.113.7"
    assert client_address({"x-real-ip": " 203.0.113.7 "}, None, trust_proxy=True) == "203.0.113.7"


def test_behind_the_proxy_only_the_forwarded_entry_it_appended_counts() -> None:
    # nginx's $proxy_add_x_forwarded_for keeps what the client sent and appends the real peer.
    headers = {"X-Forwarded-For": "10.9.9.9, 10.8.8.8, 203.0.113.7"}
    assert client_address(headers, "172.18.0.5", trust_proxy=True) == "203.0.113.7"


@pytest.mark.parametrize("headers", [{}, {"X-Real-IP": "  "}, {"X-Forwarded-For": ""}])
def test_behind_the_proxy_a_request_it_did_not_label_counts_against_its_peer(headers) -> None:
    assert client_address(headers, "172.18.0.5", trust_proxy=True) == "172.18.0.5"
    assert client_address(headers, None, trust_proxy=True) == "local"


def test_an_address_is_cut_to_a_bounded_key() -> None:
    assert len(client_address({"X-Real-IP": "9" * 500}, None, trust_proxy=True)) == 64
    assert len(client_address({}, "8" * 500, trust_proxy=False)) == 64


@pytest.mark.parametrize(
    ("value", "trusted"),
    [("1", True), ("true", True), (" Yes ", True), ("on", True)]
    + [("", False), ("0", False), ("false", False), ("no", False), ("127.0.0.1", False)],
)
def test_only_an_explicit_yes_trusts_the_proxy(value: str, trusted: bool) -> None:
    assert behind_proxy({TRUSTED_PROXY_ENV: value}) is trusted


def test_no_setting_trusts_no_proxy() -> None:
    assert behind_proxy({}) is False
