package org.smrdesk.monitoring;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The SSRF guard: a source may only reach public addresses, unless
 * {@code smr.monitoring.allow-private-addresses} is set. The address is checked on every
 * hop, and a host name is resolved once, when connecting: {@link #vetted(String)} is the
 * connection's DNS resolver, so the addresses checked are the addresses connected to (a
 * name that resolves to a public address for the check and to a private one for the
 * connection, DNS rebinding, has no second lookup to exploit).
 */
public final class AddressGuard {

	private final boolean allowPrivate;

	private final Lookup lookup;

	public AddressGuard(boolean allowPrivate) {
		this(allowPrivate, InetAddress::getAllByName);
	}

	AddressGuard(boolean allowPrivate, Lookup lookup) {
		this.allowPrivate = allowPrivate;
		this.lookup = lookup;
	}

	/**
	 * Why an address may not be reached, for other features that call out (webhooks): the
	 * scheme and host are checked and the host is resolved, so an unknown host or one
	 * that resolves to a non-public address is refused. (Callers that connect with their
	 * own client resolve again; the monitoring fetcher connects to {@link #vetted}
	 * instead.)
	 * @param uri the address
	 * @return the reason, or null when it may be reached
	 */
	public String refusal(URI uri) {
		try {
			check(uri);
			vetted(uri.getHost());
			return null;
		}
		catch (FetchException ex) {
			return ex.getMessage();
		}
	}

	/**
	 * Checks an address before it is asked: http or https, with a host.
	 * @param uri the address
	 * @throws FetchException when it may not be polled
	 */
	void check(URI uri) throws FetchException {
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new FetchException("Only http and https addresses can be polled: " + uri);
		}
		String host = uri.getHost();
		if (host == null || host.isBlank()) {
			throw new FetchException("The address has no host: " + uri);
		}
	}

	/**
	 * Resolves a host once and returns its addresses if every one may be reached.
	 * @param host the host name or literal address
	 * @return the addresses to connect to
	 * @throws FetchException when the host is unknown or resolves to a non-public address
	 */
	InetAddress[] vetted(String host) throws FetchException {
		InetAddress[] addresses;
		try {
			addresses = this.lookup.resolve(host);
		}
		catch (UnknownHostException ex) {
			throw new FetchException("Unknown host " + host, ex);
		}
		if (!this.allowPrivate) {
			for (InetAddress address : addresses) {
				if (!isPublic(address)) {
					throw new FetchException(
							"Refused: " + host + " resolves to the non-public address " + address.getHostAddress()
									+ " (loopback, private and link-local addresses are not polled)");
				}
			}
		}
		return addresses;
	}

	/** How host names become addresses (the system resolver; tests give their own). */
	@FunctionalInterface
	interface Lookup {

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

	static boolean isPublic(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet6Address) {
			// fc00::/7 unique local; IPv4-mapped addresses are checked as IPv4
			if ((b[0] & 0xfe) == 0xfc) {
				return false;
			}
			boolean mapped = true;
			for (int i = 0; i < 10; i++) {
				mapped &= b[i] == 0;
			}
			if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
				try {
					return isPublic(InetAddress.getByAddress(new byte[] { b[12], b[13], b[14], b[15] }));
				}
				catch (UnknownHostException ex) {
					return false;
				}
			}
			return true;
		}
		int first = b[0] & 0xff;
		int second = b[1] & 0xff;
		// 0/8, 100.64/10 (carrier-grade NAT), 192.0.0/24, 198.18/15 (benchmarking), 240/4
		return !(first == 0 || (first == 100 && second >= 64 && second <= 127)
				|| (first == 192 && second == 0 && (b[2] & 0xff) == 0)
				|| (first == 198 && (second == 18 || second == 19)) || first >= 240);
	}

}
