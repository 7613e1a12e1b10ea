package demo

import (
	"context"
	"encoding/binary"
	"io"
	"net/netip"
	"strconv"
	"time"
)

// writeLog writes the access log: Events lines in time order. Ordinary
// traffic is spread evenly over the log's period (each line at a random
// instant of its own slice of it, so the lines come out sorted without
// being held), each from an account that existed then, busy accounts more
// often; the sign-ups of accounts created in the period and the seed
// accounts' fixed entries are merged in at their instants.
func (g *generator) writeLog(ctx context.Context, w io.Writer) error {
	lw := &lineWriter{w: w, buf: make([]byte, 0, lineBufSize+4096), progress: g.opts.Progress, total: g.opts.Events}
	r := newRNG(g.seed, 0xacce55)
	ordinary := g.opts.Events - g.signups - int64(len(g.fixed))
	step := float64(g.end-g.start) / float64(max(ordinary, 1))
	n := len(g.order)

	exist := 0 // accounts at positions [0, exist) were created by now
	fp := 0    // the next fixture
	sp := 0    // the next position that may sign up in the log's period
	for sp < n && (g.created[g.order[sp]] < g.start || g.order[sp] < nFixed) {
		sp++
	}
	nextSignup := func() int64 {
		if sp < n {
			return g.created[g.order[sp]]
		}
		return g.end
	}
	// special writes the fixed entries and sign-ups before t (or at it).
	special := func(t int64) error {
		for {
			fs, ss := g.end, nextSignup()
			if fp < len(g.fixed) {
				fs = g.fixed[fp].ms
			}
			switch {
			case fs <= t && fs <= ss:
				f := g.fixed[fp]
				if err := lw.line(f.ms, g.ids[g.fixedPos[f.idx]], f.ip, f.port, userAgents[f.ua], f.path, 0); err != nil {
					return err
				}
				fp++
			case ss <= t && ss < g.end:
				idx := int(g.order[sp])
				u := r.uint64()
				if err := lw.line(ss, g.ids[sp], g.ip(idx, 0, ss/msPerDay), 1024+uint16(reduce(u, 64512)), g.userAgent(idx, 0), "/i/flow/signup", 0); err != nil {
					return err
				}
				for sp++; sp < n && g.order[sp] < nFixed; sp++ {
				}
			default:
				return nil
			}
		}
	}

	for i := range ordinary {
		if i&0xffff == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		u, v := r.uint64(), r.uint64()
		t := g.start + int64((float64(i)+float64(v>>11)*(1.0/(1<<53)))*step)
		if t >= g.end {
			t = g.end - 1
		}
		if err := special(t); err != nil {
			return err
		}
		for exist < n && g.created[g.order[exist]] <= t {
			exist++
		}
		// An account that existed at t, and half the time one of every
		// sixteenth: a few accounts make much of the traffic.
		pos := reduce(u, exist)
		if u&(1<<32) != 0 {
			pos &^= 15
		}
		idx := int(g.order[pos])
		// Mostly one of the account's four usual connections; sometimes
		// one of many (a phone on the move, a café).
		slot := int(u>>33) & 15
		if slot >= 13 {
			slot = 16 + int(u>>40)&63
		} else {
			slot &= 3
		}
		device := reduce(u<<7, g.devices(idx))
		path := paths[reduce(v<<53|u>>11, len(paths))]
		var arg uint64
		if path[len(path)-1] == '=' {
			arg = snowflake(t-int64(v&0x7ffffffff)%(30*msPerDay), v>>40)
		}
		port := 1024 + uint16(reduce(u<<20|v>>44, 64512))
		if err := lw.line(t, g.ids[pos], g.ip(idx, slot, t/msPerDay), port, g.userAgent(idx, device), path, arg); err != nil {
			return err
		}
	}
	if err := special(g.end - 1); err != nil {
		return err
	}
	return lw.flush()
}

// ip returns the address of one of an account's connections on a day.
// Connections 0 to 3 are the account's usual ones. IPv6 connections keep
// their /64 and change their interface id daily (temporary addresses,
// RFC 8981); IPv4 ones change every few weeks, as leases do. Every address
// is in a range reserved for documentation or benchmarking.
func (g *generator) ip(idx, slot int, day int64) netip.Addr {
	h := mix(g.seed ^ uint64(idx)<<8 ^ uint64(slot) ^ 0x1f<<56)
	if h%100 < 30 {
		var a [16]byte
		binary.BigEndian.PutUint32(a[:4], 0x20010db8)
		binary.BigEndian.PutUint32(a[4:8], uint32(h>>32))
		binary.BigEndian.PutUint64(a[8:], mix(h^uint64(day)))
		return netip.AddrFrom16(a)
	}
	x := mix(h ^ uint64(day/40))
	if x%10 == 0 {
		nets := [3][3]byte{{192, 0, 2}, {198, 51, 100}, {203, 0, 113}}
		n := nets[(x>>8)%3]
		return netip.AddrFrom4([4]byte{n[0], n[1], n[2], byte(1 + (x>>16)%254)})
	}
	return netip.AddrFrom4([4]byte{198, 18 + byte(x>>8)&1, byte(x >> 16), byte(1 + (x>>24)%254)})
}

// userAgent returns the client string of one of an account's devices.
func (g *generator) userAgent(idx, device int) string {
	return userAgents[reduce(mix(g.seed^uint64(idx)<<4^uint64(device)^0x7a<<56), len(userAgents))]
}

const lineBufSize = 1 << 20

// lineWriter formats access-log lines without fmt or reflection: this is
// the loop that runs twenty million times.
type lineWriter struct {
	w        io.Writer
	buf      []byte
	lines    int64
	bytes    int64
	progress func(Progress)
	total    int64

	day  int64    // the day date holds
	date [11]byte // "2006-01-02T"
}

func (lw *lineWriter) line(ms int64, id uint64, ip netip.Addr, port uint16, ua, path string, arg uint64) error {
	b := lw.buf
	b = append(b, `{"ts":"`...)
	b = lw.appendTime(b, ms)
	b = append(b, `","account":"`...)
	b = strconv.AppendUint(b, id, 10)
	b = append(b, `","ip":"`...)
	b = ip.AppendTo(b)
	b = append(b, `","port":`...)
	b = strconv.AppendUint(b, uint64(port), 10)
	b = append(b, `,"ua":"`...)
	b = append(b, ua...)
	b = append(b, `","path":"`...)
	b = append(b, path...)
	if arg != 0 {
		b = strconv.AppendUint(b, arg, 10)
	}
	b = append(b, "\"}\n"...)
	lw.buf = b
	lw.lines++
	if len(b) >= lineBufSize {
		return lw.flush()
	}
	return nil
}

func (lw *lineWriter) flush() error {
	if len(lw.buf) == 0 {
		return nil
	}
	n, err := lw.w.Write(lw.buf)
	lw.bytes += int64(n)
	lw.buf = lw.buf[:0]
	if err == nil && lw.progress != nil {
		lw.progress(Progress{Phase: "access log", Done: lw.lines, Total: lw.total, Bytes: lw.bytes})
	}
	return err
}

// appendTime appends ms as an RFC 3339 UTC time with milliseconds.
func (lw *lineWriter) appendTime(b []byte, ms int64) []byte {
	day := ms / msPerDay
	if day != lw.day || lw.date[0] == 0 {
		lw.day = day
		time.UnixMilli(day*msPerDay).UTC().AppendFormat(lw.date[:0], "2006-01-02T")
	}
	b = append(b, lw.date[:]...)
	rem := ms - day*msPerDay
	s, frac := rem/1000, rem%1000
	h, m := s/3600, s/60%60
	s %= 60
	return append(b,
		byte('0'+h/10), byte('0'+h%10), ':',
		byte('0'+m/10), byte('0'+m%10), ':',
		byte('0'+s/10), byte('0'+s%10), '.',
		byte('0'+frac/100), byte('0'+frac/10%10), byte('0'+frac%10), 'Z')
}
