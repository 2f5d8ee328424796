"""Downloading pages and feeds: bounded in time, size and redirects, public hosts only.

Every hop of a redirect chain is resolved here and each of its addresses checked; the
connection then goes to the checked address (the host name is kept for the ``Host``
header and TLS), so a second DNS answer cannot point the request elsewhere.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass

import httpx

from wirewatch.ingest.options import IngestFailure, IngestOptions

_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"
)
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass
class Fetched:
    url: str  # final address after redirects
    content_type: str | None
    data: bytes


def address_allowed(address: IPAddress, allow_private: bool) -> bool:
    """Whether a request may go to ``address``: public unicast, or anything if allowed."""
    if allow_private:
        return True
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
    )


def resolve(host: str, port: int) -> list[IPAddress]:
    """All addresses of ``host`` (an IP literal resolves to itself)."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise IngestFailure(f"cannot resolve host {host!r}: {error}") from None
    addresses: list[IPAddress] = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        raise IngestFailure(f"host {host!r} has no address")
    return addresses


def _ascii_host(url: httpx.URL) -> str:
    """The host as DNS and TLS want it (IDNA-encoded, IPv6 without brackets)."""
    return url.raw_host.decode("ascii")


def _checked_addresses(url: httpx.URL, allow_private: bool) -> list[IPAddress]:
    if url.scheme not in ("http", "https"):
        raise IngestFailure(f"unsupported URL scheme {url.scheme!r} (only http and https)")
    host = _ascii_host(url)
    if not host:
        raise IngestFailure("URL has no host")
    port = url.port or (443 if url.scheme == "https" else 80)
    addresses = resolve(host, port)
    for address in addresses:
        if not address_allowed(address, allow_private):
            raise IngestFailure(
                f"host {host} resolves to non-public address {address} "
                "(refused; allow_private permits it)"
            )
    return addresses


class Fetcher:
    """One HTTP client for an ingest run.  Use as a context manager or call close()."""

    def __init__(self, options: IngestOptions):
        self.options = options
        # trust_env=False: a proxy from the environment would connect to a host we have
        # not checked; redirects are followed by hand to check every hop.
        self._client = httpx.Client(
            timeout=httpx.Timeout(options.timeout),
            follow_redirects=False,
            trust_env=False,
            headers={"User-Agent": options.user_agent, "Accept": _ACCEPT},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str) -> Fetched:
        """Download ``url``; raises :class:`IngestFailure` with the reason on failure."""
        try:
            current = httpx.URL(url)
        except (httpx.InvalidURL, TypeError, ValueError) as error:
            raise IngestFailure(f"invalid URL: {error}") from None
        deadline = time.monotonic() + self.options.timeout
        for _hop in range(self.options.max_redirects + 1):
            addresses = _checked_addresses(current, self.options.allow_private)
            location = self._request_any(current, addresses, deadline)
            if isinstance(location, Fetched):
                return location
            try:
                current = current.join(location)
            except (httpx.InvalidURL, ValueError) as error:
                raise IngestFailure(f"bad redirect location {location!r}: {error}") from None
        raise IngestFailure(f"more than {self.options.max_redirects} redirects")

    def _request_any(
        self, url: httpx.URL, addresses: list[IPAddress], deadline: float
    ) -> Fetched | str:
        """One hop, trying the host's checked addresses in turn while connecting fails
        (a name with IPv6 and IPv4 addresses may listen on only one of them)."""
        for index, address in enumerate(addresses):
            try:
                return self._request(url, address, deadline)
            except httpx.ConnectError as error:
                if index + 1 < len(addresses) and time.monotonic() < deadline:
                    continue
                raise IngestFailure(f"HTTP request failed: ConnectError: {error}") from None
            except httpx.TimeoutException:
                raise IngestFailure(f"timed out after {self.options.timeout:g} s") from None
            except httpx.HTTPError as error:
                raise IngestFailure(f"HTTP request failed: {type(error).__name__}: {error}") from None
        raise IngestFailure("host has no address")  # resolve() never returns an empty list

    def _request(self, url: httpx.URL, address: IPAddress, deadline: float) -> Fetched | str:
        """One hop: the document, or the ``Location`` of a redirect."""
        host_header = url.netloc.decode("ascii")
        pinned = url.copy_with(host=str(address))
        extensions = {"sni_hostname": _ascii_host(url)} if url.scheme == "https" else {}
        with self._client.stream(
            "GET", pinned, headers={"Host": host_header}, extensions=extensions
        ) as response:
            if response.is_redirect:
                location = response.headers.get("location")
                if not location:
                    raise IngestFailure(f"HTTP {response.status_code} redirect without Location")
                return location
            if response.status_code >= 400:
                raise IngestFailure(f"HTTP {response.status_code} {response.reason_phrase}".strip())
            limit = self.options.max_bytes
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise IngestFailure(
                    f"document of {int(declared)} bytes is larger than max_bytes ({limit})"
                )
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise IngestFailure(f"document is larger than max_bytes ({limit})")
                if time.monotonic() > deadline:
                    raise IngestFailure(f"timed out after {self.options.timeout:g} s")
                chunks.append(chunk)
            return Fetched(str(url), response.headers.get("content-type"), b"".join(chunks))
