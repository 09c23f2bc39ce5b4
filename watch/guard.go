package watch

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"syscall"
	"time"
)

// errNotPublic marks an address that a feed may not send the watcher to.
var errNotPublic = errors.New("not a public address")

// newClient returns the client the watcher fetches with: the default
// transport's settings, but dialling only public addresses unless private
// is set. The check is made on the address dialled, after the name is
// resolved, so a name that resolves to this machine or the local network
// is refused as well: a feed, which anyone may write, cannot send the
// watcher to the services that only the watcher's machine can reach.
func newClient(private bool) *http.Client {
	d := &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}
	if !private {
		d.Control = refusePrivate
	}
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.DialContext = d.DialContext
	return &http.Client{Transport: t}
}

// refusePrivate refuses to connect to an address that is not public:
// loopback, private, link-local, multicast or unspecified.
func refusePrivate(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return err
	}
	ip = ip.Unmap()
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() || sharedSpace.Contains(ip) {
		return fmt.Errorf("%s: %w", ip, errNotPublic)
	}
	return nil
}

// sharedSpace is the carrier-grade NAT range (RFC 6598), private in
// practice though not in net's sense.
var sharedSpace = netip.MustParsePrefix("100.64.0.0/10")
