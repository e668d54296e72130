import Testing

@testable import PortalCore

@Suite("The client's address behind trusted proxies")
struct ClientAddressTests {
    let proxies = ["10.0.0.0/8", "127.0.0.1", "fd00::/8"].compactMap(IPAddressRange.init)

    @Test("Addresses and ranges are read exactly; anything else is refused")
    func parsing() {
        #expect(IPAddressRange("10.0.0.0/8")?.description == "10.0.0.0/8")
        #expect(IPAddressRange("10.1.2.3/8")?.description == "10.0.0.0/8")
        #expect(IPAddressRange("192.168.1.7")?.description == "192.168.1.7/32")
        #expect(IPAddressRange("2001:db8::/32")?.description == "2001:db8::/32")
        #expect(IPAddressRange("::1")?.description == "::1/128")
        #expect(IPAddressRange("::ffff:10.0.0.1")?.description == "::ffff:a00:1/128")
        for bad in [
            "", "10.0.0", "10.0.0.256", "10.0.0.1/33", "10.0.0.1/-1", "10.0.0.1/", "010.0.0.1", "1:2:3:4:5:6:7:8:9",
            "1::2::3", "fe80::1%eth0", "example.org", "10.0.0.1/8/8", "::/129", "12345::",
        ] {
            #expect(IPAddressRange(bad) == nil, "\(bad)")
        }
        #expect(IPAddress.normalized("2001:0db8:0000:0000:0000:0000:0000:0001") == "2001:db8::1")
        #expect(IPAddress.normalized("2001:db8:0:1:0:0:0:1") == "2001:db8:0:1::1")
        #expect(IPAddress.normalized("1:0:2:3:4:5:6:7") == "1:0:2:3:4:5:6:7")
    }

    @Test("A range holds exactly its addresses, IPv4 written as IPv6 included")
    func membership() throws {
        let range = try #require(IPAddressRange("172.16.0.0/12"))
        #expect(range.contains("172.16.0.1") && range.contains("172.31.255.255") && range.contains("::ffff:172.20.1.1"))
        #expect(!range.contains("172.32.0.0") && !range.contains("172.15.255.255") && !range.contains("not an address"))
        let six = try #require(IPAddressRange("2001:db8::/33"))
        #expect(six.contains("2001:db8:7fff::1") && !six.contains("2001:db8:8000::1") && !six.contains("10.0.0.1"))
        #expect(try #require(IPAddressRange("0.0.0.0/0")).contains("203.0.113.9"))
    }

    @Test("Without trusted proxies, or from an untrusted peer, the peer is the client whatever it claims")
    func untrustedPeer() {
        #expect(
            ClientAddress.resolve(peer: "203.0.113.9", header: .xForwardedFor, values: ["1.2.3.4"], trusted: [])
                == "203.0.113.9")
        #expect(
            ClientAddress.resolve(peer: "203.0.113.9", header: .xForwardedFor, values: ["10.0.0.1"], trusted: proxies)
                == "203.0.113.9")
        #expect(ClientAddress.resolve(peer: nil, header: .xForwardedFor, values: ["1.2.3.4"], trusted: proxies) == nil)
    }

    @Test("Through trusted proxies, the nearest untrusted hop is the client; what the client wrote itself is never reached")
    func throughProxies() {
        func resolve(_ values: [String], header: ClientAddress.Header = .xForwardedFor) -> String? {
            ClientAddress.resolve(peer: "10.0.0.5", header: header, values: values, trusted: proxies)
        }
        #expect(resolve(["198.51.100.7"]) == "198.51.100.7")
        // A client that sends its own X-Forwarded-For: nginx appends the real address.
        #expect(resolve(["1.1.1.1, 198.51.100.7"]) == "198.51.100.7")
        #expect(resolve(["1.1.1.1", "198.51.100.7, 10.0.0.9"]) == "198.51.100.7")
        #expect(resolve(["198.51.100.7:51234"]) == "198.51.100.7")
        #expect(resolve(["[2001:db8::7]:443"]) == "2001:db8::7")
        #expect(resolve(["2001:DB8:0::7"]) == "2001:db8::7")
        // Only proxies: the farthest one. No header: the proxy itself.
        #expect(resolve(["10.0.0.3, 127.0.0.1"]) == "10.0.0.3")
        #expect(resolve([]) == "10.0.0.5")
        // A hop that is not an address stops the walk at the last one known.
        #expect(resolve(["1.1.1.1, unknown"]) == "10.0.0.5")
        #expect(resolve(["1.1.1.1, garbage, 10.0.0.7"]) == "10.0.0.7")
        // RFC 7239.
        #expect(resolve(["for=1.1.1.1, for=198.51.100.7;proto=https;by=10.0.0.5"], header: .forwarded) == "198.51.100.7")
        #expect(resolve(["for=\"[2001:db8:cafe::17]:4711\""], header: .forwarded) == "2001:db8:cafe::17")
        #expect(resolve(["proto=https;for=_hidden"], header: .forwarded) == "10.0.0.5")
        #expect(resolve(["by=10.0.0.5"], header: .forwarded) == "10.0.0.5")
    }

    @Test("A peer given as IPv4 written as IPv6 is trusted as its IPv4 range")
    func mappedPeer() {
        #expect(
            ClientAddress.resolve(
                peer: "::ffff:10.0.0.5", header: .xForwardedFor, values: ["198.51.100.7"], trusted: proxies) == "198.51.100.7")
    }

    @Test("A throttle counts an IPv4 client alone and an IPv6 client by its /64")
    func throttleKeys() {
        #expect(IPAddress.throttleKey("198.51.100.7") == "198.51.100.7")
        #expect(IPAddress.throttleKey("::ffff:198.51.100.7") == "198.51.100.7")
        let home = IPAddress.throttleKey("2001:db8:1:2::1")
        #expect(home == IPAddress.throttleKey("2001:db8:1:2:ffff:ffff:ffff:ffff"))
        #expect(home != IPAddress.throttleKey("2001:db8:1:3::1"))
        #expect(home.hasSuffix("/64"))
        #expect(IPAddress.throttleKey("unknown") == "unknown")
    }
}
