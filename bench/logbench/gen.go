package main

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"time"
)

// genConfig describes a synthetic access log: Lines lines spread evenly over
// one year from Start, written by Accounts accounts, with one account (Target)
// far more active than the rest and some lines of other accounts that name
// the target in their path (someone looking at its profile).
type genConfig struct {
	Lines    int
	Accounts int
	Seed     uint64
	Start    time.Time
	Span     time.Duration
}

// benchTarget is the account whose entries the benchmark extracts. Its id is
// a numeric, snowflake-like id as large platforms use: only digits, the
// hardest case for a substring search in a log full of digits.
const benchTarget = "1587234098765432101"

// targetShare is the share of lines written by the target (1 in 10,000).
const targetShare = 10000

var userAgents = []string{
	"Mozilla/5.0 (iPhone; CPU iPhone OS 16_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.1 Mobile/15E148 Safari/604.1",
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/107.0.0.0 Safari/537.36",
	"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.1 Safari/605.1.15",
	"Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/107.0.0.0 Mobile Safari/537.36",
	"TwitterAndroid/9.66.0-release.0 (29660000-r-0) SM-G991B/13 (samsung;SM-G991B;samsung;SM-G991B;0;;1;2016)",
	"Twitter-iPhone/9.35 iOS/16.1 (Apple;iPhone14,2;;;;;1;2021)",
	"Mozilla/5.0 (X11; Linux x86_64; rv:106.0) Gecko/20100101 Firefox/106.0",
}

var paths = []string{
	"/home", "/i/notifications", "/explore", "/messages", "/settings/account",
	"/i/api/graphql/HomeTimeline", "/i/api/2/notifications/all.json", "/compose/tweet",
	"/search?q=%E9%AB%98%E6%9C%A8&src=typed_query", "/i/bookmarks",
}

// generate writes the log to path and returns the number of lines written by
// the target.
func generate(path string, c genConfig) (int, error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	rng := rand.New(rand.NewPCG(c.Seed, c.Seed^0x9e3779b97f4a7c15))
	ids := make([][]byte, c.Accounts)
	for i := range ids {
		// Snowflake-like ids: 18-19 digits, like the target's.
		ids[i] = strconv.AppendUint(nil, 1_000_000_000_000_000_000+rng.Uint64N(8_000_000_000_000_000_000), 10)
	}
	step := c.Span / time.Duration(c.Lines)
	line := make([]byte, 0, 512)
	target := 0
	for n := range c.Lines {
		ts := c.Start.Add(time.Duration(n)*step + time.Duration(rng.Int64N(int64(step)+1)))
		id := ids[rng.IntN(len(ids))]
		isTarget := rng.IntN(targetShare) == 0
		if isTarget {
			id = []byte(benchTarget)
			target++
		}
		line = append(line[:0], `{"ts":"`...)
		line = ts.AppendFormat(line, "2006-01-02T15:04:05.000Z07:00")
		line = append(line, `","account":"`...)
		line = append(line, id...)
		line = append(line, `","ip":"`...)
		if rng.IntN(5) == 0 {
			line = fmt.Appendf(line, "2001:db8:%x:%x::%x", rng.IntN(1<<16), rng.IntN(1<<16), rng.IntN(1<<16))
		} else {
			line = fmt.Appendf(line, "%d.%d.%d.%d", 1+rng.IntN(223), rng.IntN(256), rng.IntN(256), 1+rng.IntN(254))
		}
		line = append(line, `","port":`...)
		line = strconv.AppendInt(line, int64(1024+rng.IntN(64512)), 10)
		line = append(line, `,"ua":"`...)
		line = append(line, userAgents[rng.IntN(len(userAgents))]...)
		line = append(line, `","path":"`...)
		if !isTarget && rng.IntN(targetShare) == 0 {
			// Someone else looks at the target's profile: the id is in the
			// line, but not in its account field.
			line = append(line, `/i/user/`...)
			line = append(line, benchTarget...)
		} else {
			line = append(line, paths[rng.IntN(len(paths))]...)
		}
		line = append(line, "\"}\n"...)
		if _, err := w.Write(line); err != nil {
			f.Close()
			return 0, err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return 0, err
	}
	return target, f.Close()
}
