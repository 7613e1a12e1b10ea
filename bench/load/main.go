// Command load is the load benchmark of writ serve (not a test): it fills a
// SQLite database with N cases of the seed order, serves it in-process on
// loopback, and sends the show API (GET /api/v1/cases/{id}) at a fixed rate
// for a fixed time, with a bounded number of requests in flight. It prints
// the latency percentiles and the error count. Everything stays on
// 127.0.0.1 and stops by itself.
//
//	go run ./bench/load -cases 10000 -rate 1000 -duration 60s
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web"
)

func main() {
	n := flag.Int("cases", 10000, "cases in the database")
	rate := flag.Int("rate", 1000, "requests per second")
	duration := flag.Duration("duration", 60*time.Second, "how long to send")
	inflight := flag.Int("inflight", 256, "requests in flight at most")
	dir := flag.String("dir", filepath.Join(os.TempDir(), "writ-load"), "where the database is kept between runs")
	flag.Parse()
	if err := run(*n, *rate, *duration, *inflight, *dir); err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		os.Exit(1)
	}
}

func run(n, rate int, duration time.Duration, inflight int, dir string) error {
	ctx := context.Background()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	st, err := store.Open(ctx, "sqlite:"+filepath.Join(dir, fmt.Sprintf("load-%d.db", n)), time.Now)
	if err != nil {
		return err
	}
	defer st.Close()
	svc := &cases.Service{Store: st, Now: time.Now, Actor: "load"}
	ids, err := fill(ctx, svc, n)
	if err != nil {
		return err
	}
	users, _ := store.UsersOf(st)
	guard, err := access.New(users, access.Options{Params: access.TestParams})
	if err != nil {
		return err
	}
	u, err := users.UserByEmail(ctx, "load@platform.example")
	if err != nil {
		if u, err = guard.CreateUser(ctx, store.NewUser{Email: "load@platform.example", Name: "load", Role: store.RoleStaff, Platform: "Twitter, Inc."}, ""); err != nil {
			return err
		}
	}
	token, _, err := guard.StartSession(ctx, u.ID, time.Now())
	if err != nil {
		return err
	}
	srv := &web.Server{Cases: svc, Users: users, Access: guard, Now: time.Now, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	hs := &http.Server{Handler: srv.Handler()}
	go hs.Serve(ln)
	defer hs.Close()
	base := "http://" + ln.Addr().String()

	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: inflight, MaxConnsPerHost: inflight}, Timeout: 10 * time.Second}
	var (
		mu        sync.Mutex
		latencies []time.Duration
		errs      atomic.Int64
		dropped   atomic.Int64
		wg        sync.WaitGroup
	)
	slots := make(chan struct{}, inflight)
	begin := time.Now()
	total := int(duration.Seconds() * float64(rate))
	fmt.Printf("%d cases; sending GET /api/v1/cases/{id} at %d/s for %s (at most %d in flight)\n", len(ids), rate, duration, inflight)
	for i := 0; i < total; i++ {
		// Request i goes out at its own time, whatever happened to the
		// ones before: the offered load does not bend to the server.
		if wait := time.Until(begin.Add(time.Duration(i) * time.Second / time.Duration(rate))); wait > 0 {
			time.Sleep(wait)
		}
		select {
		case slots <- struct{}{}:
		default:
			dropped.Add(1) // the server is behind: count it, do not queue without bound
			continue
		}
		wg.Add(1)
		go func(id string) {
			defer wg.Done()
			defer func() { <-slots }()
			req, _ := http.NewRequest("GET", base+"/api/v1/cases/"+id, nil)
			req.Header.Set("Authorization", "Bearer "+token)
			start := time.Now()
			resp, err := client.Do(req)
			if err == nil {
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
			d := time.Since(start)
			if err != nil || resp.StatusCode != 200 {
				errs.Add(1)
			}
			mu.Lock()
			latencies = append(latencies, d)
			mu.Unlock()
		}(ids[i%len(ids)])
	}
	wg.Wait()
	slices.Sort(latencies)
	pct := func(p float64) time.Duration {
		if len(latencies) == 0 {
			return 0
		}
		return latencies[min(len(latencies)-1, int(p*float64(len(latencies))))]
	}
	fmt.Printf("sent %d, errors %d, not sent because %d were in flight: %d\n", len(latencies), errs.Load(), inflight, dropped.Load())
	fmt.Printf("offered %d/s; answered %.0f requests/s; latency p50 %s, p90 %s, p99 %s, max %s\n",
		rate, float64(len(latencies))/time.Since(begin).Seconds(), pct(.5), pct(.9), pct(.99), pct(1))
	return nil
}

// fill makes sure the database holds n cases of the seed order, served and
// noticed, and returns their ids.
func fill(ctx context.Context, svc *cases.Service, n int) ([]string, error) {
	all, err := svc.Store.Cases(ctx)
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, c := range all {
		ids = append(ids, c.ID)
	}
	seed := examples.SeedOrder()
	start := time.Now()
	for len(ids) < n {
		c, err := svc.Open(ctx, seed, "")
		if err != nil {
			return nil, err
		}
		loaded, err := svc.Load(ctx, c.ID)
		if err != nil {
			return nil, err
		}
		day := func(s string) time.Time {
			t, _ := time.ParseInLocation("2006-01-02", s, loaded.Calendar.Location)
			return t
		}
		yes := true
		for _, e := range []matter.Event{
			{Type: matter.SubpoenaServed, At: day("2022-10-20"), WithOrder: &yes, Conforms: &yes},
			{Type: matter.NoticeSent, At: day("2022-10-21"), Account: "konnoyukio@CmRUCE"},
			{Type: matter.NoticeSent, At: day("2022-10-28"), Account: "Aya@ay_chim0807"},
		} {
			if _, err := svc.Record(ctx, c.ID, e, ""); err != nil {
				return nil, err
			}
		}
		ids = append(ids, c.ID)
		if len(ids)%1000 == 0 {
			fmt.Printf("filled %d cases (%.0f s)\n", len(ids), time.Since(start).Seconds())
		}
	}
	return ids[:n], nil
}
