import ipaddress as ip
from ipaddress import (ip_address, ip_network, ip_interface, IPv4Address,
                       IPv6Address, IPv4Network, IPv6Network, IPv4Interface,
                       IPv6Interface, AddressValueError, NetmaskValueError)


def attempt(f, *a, **kw):
    try:
        r = f(*a, **kw)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


a = ip_address('192.168.1.10')
b = ip_address('2001:db8::1')
print(repr(a), str(a), a.version, a.max_prefixlen, int(a), a.packed)
print(repr(b), str(b), b.version, b.max_prefixlen, int(b), b.packed)
print(a.exploded, a.compressed, a.reverse_pointer)
print(b.exploded, b.compressed, b.reverse_pointer)
print(ip_address(3232235786), ip_address(b'\x7f\x00\x00\x01'), ip_address(2**32))
print(ip_address(b'\x00' * 15 + b'\x01'), IPv6Address(1))
print(a + 5, a - 10, b + 0xff, a == IPv4Address('192.168.1.10'), a != b)
print(a < ip_address('192.168.1.11'), a > ip_address('10.0.0.1'), a <= a, a >= a)
print(sorted([ip_address('10.0.0.2'), ip_address('10.0.0.1'), ip_address('9.255.255.255')]))
print(hash(a) == hash(IPv4Address('192.168.1.10')), len({a, IPv4Address(int(a))}))
print(a == 3232235786, a == '192.168.1.10')
attempt(lambda: a < b)
attempt(lambda: a < 5)
attempt(lambda: IPv4Address('255.255.255.255') + 1)
attempt(lambda: IPv4Address('0.0.0.0') - 1)
for s in ['::', '::1', '1::', '1:0:0:2:0:0:0:3', '1:0:0:2:0:0:3:4', '0:0:1:0:0:0:0:0',
          'FE80::1', '1:2:3:4:5:6:7:8', '::ffff:1.2.3.4', '2001:0db8:0000:0000:0000:ff00:0042:8329',
          '1:2:3:4:5:6::', '::2:3:4:5:6:7:8']:
    x = ip_address(s)
    print(s, '->', str(x), x.exploded, repr(x))
print(repr(ip_address('fe80::1%eth0')), ip_address('fe80::1%eth0') == ip_address('fe80::1'), ip_address('fe80::1%eth0').scope_id, ip_address('fe80::1').scope_id)
print(ip_address('::ffff:1.2.3.4').ipv4_mapped, ip_address('::1').ipv4_mapped)
print(ip_address('2002:c000:204::1').sixtofour, ip_address('2001:0:4136:e378:8000:63bf:3fff:fdd2').teredo)

for s in ['1.2.3', '1.2.3.4.5', '256.1.1.1', '01.2.3.4', '1.2.3.0004', '1.2.3.x', '1..3.4', '',
          '1.2.3.4/24', ' 1.2.3.4']:
    attempt(IPv4Address, s)
for s in ['', ':', '::1::2', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:',
          '1:2:3:4:5:6:7::8', 'g::1', '12345::', '::1.2.3', '::1/128', 'fe80::1%', 'fe80::1%a%b',
          ':1::2', '1::2:', '1:2:3:4:5:6:7:8::']:
    attempt(IPv6Address, s)
attempt(IPv4Address, -1)
attempt(IPv4Address, 2**32)
attempt(IPv6Address, 2**128)
attempt(IPv4Address, b'\x01\x02\x03')
attempt(IPv6Address, b'\x01\x02\x03')
for s in ['1.2.3', 'abc', '', 5.5, -1, 2**129, '::1::2', '1.2.3.4/24']:
    attempt(ip_address, s)

print('--- networks')
n = ip_network('192.168.0.0/28')
print(repr(n), str(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask)
print(n.prefixlen, n.num_addresses, n.with_prefixlen, n.with_netmask, n.with_hostmask)
print(list(n.hosts()))
print(list(n)[:3], n[0], n[5], n[-1], n[-16])
attempt(lambda: n[16])
attempt(lambda: n[-17])
print(ip_address('192.168.0.5') in n, ip_address('192.168.0.16') in n, ip_address('::1') in n)
print(ip_network('192.168.0.0/30') in n)
print(list(n.subnets()), list(n.subnets(prefixlen_diff=2)))
print(list(n.subnets(new_prefix=30)))
print(n.supernet(), n.supernet(prefixlen_diff=4), n.supernet(new_prefix=16))
print(ip_network('0.0.0.0/0').supernet(), list(ip_network('1.2.3.4/32').subnets()))
attempt(lambda: list(n.subnets(new_prefix=20)))
attempt(lambda: list(n.subnets(prefixlen_diff=2, new_prefix=30)))
attempt(lambda: list(n.subnets(prefixlen_diff=-1)))
attempt(lambda: list(n.subnets(prefixlen_diff=10)))
attempt(lambda: n.supernet(new_prefix=30))
attempt(lambda: n.supernet(prefixlen_diff=2, new_prefix=20))
attempt(lambda: n.supernet(prefixlen_diff=29))
print(list(ip_network('10.0.0.0/31').hosts()), list(ip_network('10.0.0.7/32').hosts()))
print(ip_network('10.0.0.0/8').subnet_of(ip_network('10.0.0.0/7')),
      ip_network('10.0.0.0/7').supernet_of(ip_network('10.0.0.0/8')),
      ip_network('10.0.0.0/8').overlaps(ip_network('10.1.0.0/16')),
      ip_network('10.0.0.0/8').overlaps(ip_network('11.0.0.0/8')))
print(list(ip_network('192.0.2.0/28').address_exclude(ip_network('192.0.2.1/32'))))
print(ip_network('10.0.0.0/24').compare_networks(ip_network('10.0.1.0/24')))
print(ip_network('1.2.3.4/255.255.255.0', strict=False), ip_network('1.2.3.0/0.0.0.255'))
print(ip_network(('10.1.0.0', 16)), ip_network((167772160, '255.0.0.0')), ip_network(167772160))
print(sorted([ip_network('10.0.0.0/16'), ip_network('10.0.0.0/8'), ip_network('9.0.0.0/8')]))
print(ip_network('10.0.0.0/8') == IPv4Network('10.0.0.0/8'), ip_network('10.0.0.0/8') == ip_network('10.0.0.0/9'))
print(hash(ip_network('10.0.0.0/8')) == hash(IPv4Network('10.0.0.0/8')))
for s in ['1.2.3.4/24', '1.2.3.0/33', '1.2.3.0/-1', '1.2.3.0/a', '1.2.3.0/255.0.255.0',
          '1.2.3.0/24/1', '1.2.3.0/ 24', '300.1.1.0/24', '1.2.3.0/']:
    attempt(IPv4Network, s)
for s in ['2001:db8::/32', '2001:db8::1/32', '::/129', '::/ff', '::/ffff::', 'x::/8']:
    attempt(IPv6Network, s)
attempt(ip_network, '1.2.3.4/24')
attempt(ip_network, '1.2.3.4/33')
attempt(lambda: ip_network('10.0.0.0/8') < ip_network('::/0'))
attempt(lambda: list(ip.summarize_address_range(ip_address('10.0.0.0'), ip_address('10.0.0.9'))))
attempt(lambda: list(ip.collapse_addresses([ip_network('10.0.0.0/25'), ip_network('10.0.0.128/25'),
                                           ip_address('10.0.1.0'), ip_address('10.0.1.1')])))

n6 = ip_network('2001:db8::/126')
print(repr(n6), n6.network_address, n6.broadcast_address, n6.netmask, n6.hostmask, n6.num_addresses)
print(list(n6.hosts()), list(n6), n6.exploded, n6.compressed)
print(list(ip_network('2001:db8::/127').hosts()), list(ip_network('2001:db8::1/128').hosts()))
print(list(ip_network('2001:db8::/32').subnets(new_prefix=34)))
print(ip_network('2001:db8::/32').supernet(), ip_network('::/0').num_addresses)
print(ip_address('2001:db8::5') in ip_network('2001:db8::/32'), ip_address('2001:db9::') in ip_network('2001:db8::/32'))

print('--- interfaces')
i4 = ip_interface('192.168.1.10/24')
print(repr(i4), str(i4), i4.ip, i4.network, i4.netmask, i4.hostmask, i4.prefixlen if hasattr(i4, 'prefixlen') else '')
print(i4.with_prefixlen, i4.with_netmask, i4.with_hostmask, i4.exploded, i4.compressed)
print(i4 == ip_interface('192.168.1.10/24'), i4 == ip_interface('192.168.1.10/25'), i4 == ip_address('192.168.1.10'))
print(i4 < ip_interface('192.168.1.11/24'), i4 < ip_interface('192.168.1.1/16'))
print(ip_interface('10.0.0.1'), ip_interface(('10.0.0.1', 8)), ip_interface(167772161))
i6 = ip_interface('2001:db8::1/64')
print(repr(i6), str(i6), i6.ip, i6.network, i6.netmask, i6.hostmask)
print(i6.with_prefixlen, i6.with_netmask, i6.with_hostmask, i6.exploded)
for s in ['1.2.3.4/33', '1.2.3.4/x', 'foo/24', '::1/200']:
    attempt(ip_interface, s)
attempt(IPv4Interface, '1.2.3.4/33')
attempt(IPv6Interface, '::1/200')

print('--- properties')
for s in ['10.1.1.1', '172.16.5.4', '192.168.0.1', '8.8.8.8', '127.0.0.1', '224.0.0.1',
          '0.0.0.0', '169.254.1.1', '100.64.0.1', '240.0.0.1', '255.255.255.255', '192.0.0.9',
          '::1', '::', 'fe80::1', 'ff02::1', '2001:db8::1', 'fc00::1', '2606:4700::1111',
          '::ffff:8.8.8.8', '::ffff:10.0.0.1', 'fec0::1', '4000::1']:
    x = ip_address(s)
    print(s, x.is_private, x.is_global, x.is_loopback, x.is_multicast, x.is_unspecified,
          x.is_link_local, x.is_reserved)
for s in ['10.0.0.0/8', '100.64.0.0/10', '8.8.8.0/24', '224.0.0.0/4', '127.0.0.0/8', 'fe80::/10',
          '2001:db8::/32', '2000::/3']:
    x = ip_network(s)
    print(s, x.is_private, x.is_global, x.is_loopback, x.is_multicast, x.is_link_local)

print('--- format')
print(format(a), format(a, 's'), format(a, '>20s'), format(a, 'b'), format(a, '#x'), format(a, 'X'),
      format(a, '_b'), format(a, '#_x'), format(a, 'n'))
print(format(b, 'x'), format(b, '#_n'), f'{b:>45}s' if False else '')
attempt(format, a, '>20')
print(ip.v4_int_to_packed(1), ip.v6_int_to_packed(1))
attempt(ip.v4_int_to_packed, 2**32)
print(ip.get_mixed_type_key(a), ip.get_mixed_type_key(n)[:2], ip.get_mixed_type_key(5))
print(issubclass(AddressValueError, ValueError), issubclass(NetmaskValueError, ValueError))
print(ip.IPV4LENGTH, ip.IPV6LENGTH)
