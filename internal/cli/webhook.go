package cli

import (
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/jobs"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/webhook"
)

func newWebhook(env Env, db *dbFlags) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "webhook",
		Short: "Add, list, test and remove the endpoints that receive writ's events",
		Long: `Webhooks tell other systems of the platform (ticketing, on-call) what happens
in its cases: ` + strings.Join(webhook.Kinds, ", ") + `.

Each delivery is a POST of JSON signed in the Standard Webhooks scheme: the
headers webhook-id (the same on every attempt: de-duplicate on it),
webhook-timestamp and webhook-signature ("v1," and the base64 HMAC-SHA256 of
id.timestamp.body under the endpoint's secret). writ serve delivers them,
retrying with backoff; the queue is in the database. Deliveries name cases,
events and duties, never an account holder.`,
	}
	cmd.AddCommand(newWebhookAdd(env, db), newWebhookList(env, db), newWebhookTest(env, db), newWebhookRemove(env, db), newWebhookDeliveries(env, db))
	return cmd
}

// openHooks opens the case service and its webhook store.
func openHooks(cmd *cobra.Command, env Env, db *dbFlags) (*cases.Service, store.WebhookStore, error) {
	svc, err := db.open(cmd.Context(), env)
	if err != nil {
		return nil, nil, err
	}
	ws, ok := store.WebhooksOf(svc.Store)
	if !ok {
		svc.Store.Close()
		return nil, nil, failure{errors.New("this database keeps no webhooks")}
	}
	return svc, ws, nil
}

// checkWebhookURL refuses an address writ cannot post to: it must be
// http or https with a host.
func checkWebhookURL(s string) error {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return fmt.Errorf("%q is not an http or https address", s)
	}
	return nil
}

func newWebhookAdd(env Env, db *dbFlags) *cobra.Command {
	var events []string
	var platform string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "add URL [--events kind,...] [--platform NAME]",
		Short: "Add an endpoint; its secret is printed once",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkWebhookURL(args[0]); err != nil {
				return fmt.Errorf("URL: %w", err)
			}
			kinds, err := webhook.ParseKinds(events)
			if err != nil {
				return flagError("events", err)
			}
			actor, err := actorOf(env, db.actor)
			if err != nil {
				return err
			}
			if actor == "" {
				return flagError("actor", errors.New("writ cannot tell who is adding the webhook: name yourself with --actor or WRIT_ACTOR"))
			}
			secret, err := webhook.NewSecret()
			if err != nil {
				return failure{err}
			}
			svc, ws, err := openHooks(cmd, env, db)
			if err != nil {
				return err
			}
			defer svc.Store.Close()
			ep, err := ws.AddWebhook(cmd.Context(), store.WebhookEndpoint{URL: args[0], Secret: secret, Events: kinds,
				Platform: strings.TrimSpace(platform), CreatedBy: actor, CreatedAt: env.Now()})
			if err != nil {
				return fail(err)
			}
			if asJSON {
				return printJSON(env.Stdout, map[string]any{"id": ep.ID, "url": ep.URL, "events": kindsOf(ep), "secret": ep.Secret})
			}
			fmt.Fprintf(env.Stdout, "webhook %s added: %s receives %s\n", ep.ID, ep.URL, strings.Join(kindsOf(ep), ", "))
			fmt.Fprintf(env.Stdout, "secret (shown this once; the receiver verifies signatures with it): %s\n", ep.Secret)
			return nil
		},
	}
	cmd.Flags().StringSliceVar(&events, "events", nil, "the kinds it receives, comma-separated (default: every kind): "+strings.Join(webhook.Kinds, ", "))
	cmd.Flags().StringVar(&platform, "platform", "", "only the cases of this platform (the orders' provider); default: every case")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (with the secret)")
	return cmd
}

// kindsOf lists what an endpoint receives, every kind when it names none.
func kindsOf(ep store.WebhookEndpoint) []string {
	if len(ep.Events) == 0 {
		return webhook.Kinds
	}
	return ep.Events
}

func newWebhookList(env Env, db *dbFlags) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the endpoints (never their secrets)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			svc, ws, err := openHooks(cmd, env, db)
			if err != nil {
				return err
			}
			defer svc.Store.Close()
			eps, err := ws.Webhooks(cmd.Context())
			if err != nil {
				return fail(err)
			}
			type row struct {
				ID        string    `json:"id"`
				URL       string    `json:"url"`
				Events    []string  `json:"events"`
				Platform  string    `json:"platform,omitempty"`
				CreatedBy string    `json:"created_by"`
				CreatedAt time.Time `json:"created_at"`
			}
			rows := []row{}
			for _, ep := range eps {
				rows = append(rows, row{ep.ID, ep.URL, kindsOf(ep), ep.Platform, ep.CreatedBy, ep.CreatedAt})
			}
			if asJSON {
				return printJSON(env.Stdout, rows)
			}
			tw := tabwriter.NewWriter(env.Stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tURL\tEVENTS\tPLATFORM\tADDED")
			for _, r := range rows {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s by %s\n", r.ID, r.URL, strings.Join(r.Events, ","), cmpOr(r.Platform, "every case"),
					r.CreatedAt.Format("2006-01-02 15:04 MST"), r.CreatedBy)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array")
	return cmd
}

func newWebhookTest(env Env, db *dbFlags) *cobra.Command {
	return &cobra.Command{
		Use:   "test ID",
		Short: "Send a signed test event to an endpoint now, and say how it answered",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			svc, ws, err := openHooks(cmd, env, db)
			if err != nil {
				return err
			}
			defer svc.Store.Close()
			ctx := cmd.Context()
			if _, err := ws.Webhook(ctx, args[0]); err != nil {
				return fail(err)
			}
			runner := &jobs.Webhooks{Cases: svc, Hooks: ws, Now: env.Now, Log: slog.New(slog.DiscardHandler)}
			d, err := runner.Test(ctx, args[0])
			if err != nil {
				return fail(err)
			}
			if d.DeliveredAt.IsZero() {
				return failure{fmt.Errorf("test %s not delivered: %s; writ serve tries it again from %s", d.ID, d.LastError, d.NextAt.Format(time.RFC3339))}
			}
			fmt.Fprintf(env.Stdout, "test %s delivered: the receiver answered %d\n", d.ID, d.LastStatus)
			return nil
		},
	}
}

func newWebhookRemove(env Env, db *dbFlags) *cobra.Command {
	return &cobra.Command{
		Use:   "remove ID",
		Short: "Remove an endpoint: nothing more is sent to it",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			svc, ws, err := openHooks(cmd, env, db)
			if err != nil {
				return err
			}
			defer svc.Store.Close()
			actor, err := actorOf(env, db.actor)
			if err != nil {
				return err
			}
			if actor == "" {
				return flagError("actor", errors.New("writ cannot tell who is removing the webhook: name yourself with --actor or WRIT_ACTOR"))
			}
			if err := ws.RemoveWebhook(cmd.Context(), args[0], actor, env.Now()); err != nil {
				return fail(err)
			}
			fmt.Fprintf(env.Stdout, "webhook %s removed\n", args[0])
			return nil
		},
	}
}

func newWebhookDeliveries(env Env, db *dbFlags) *cobra.Command {
	var asJSON bool
	var limit int
	cmd := &cobra.Command{
		Use:   "deliveries ID",
		Short: "List an endpoint's latest deliveries: attempts, status, outcome",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			svc, ws, err := openHooks(cmd, env, db)
			if err != nil {
				return err
			}
			defer svc.Store.Close()
			ctx := cmd.Context()
			if _, err := ws.Webhook(ctx, args[0]); err != nil {
				return fail(err)
			}
			list, err := ws.WebhookDeliveries(ctx, args[0], limit)
			if err != nil {
				return fail(err)
			}
			type row struct {
				ID         string `json:"id"`
				Kind       string `json:"kind"`
				CaseID     string `json:"case_id,omitempty"`
				State      string `json:"state"`
				Attempts   int    `json:"attempts"`
				LastStatus int    `json:"last_status"`
				LastError  string `json:"last_error,omitempty"`
			}
			rows := []row{}
			for _, d := range list {
				rows = append(rows, row{d.ID, d.Kind, d.CaseID, deliveryState(d), d.Attempts, d.LastStatus, d.LastError})
			}
			if asJSON {
				return printJSON(env.Stdout, rows)
			}
			tw := tabwriter.NewWriter(env.Stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tKIND\tCASE\tSTATE\tATTEMPTS\tLAST STATUS")
			for _, r := range rows {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%d %s\n", r.ID, r.Kind, r.CaseID, r.State, r.Attempts, r.LastStatus, r.LastError)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array")
	cmd.Flags().IntVar(&limit, "limit", 50, "how many, newest first")
	return cmd
}

// deliveryState says where a delivery stands: delivered at, given up at,
// or queued (with its next attempt's time).
func deliveryState(d store.WebhookDelivery) string {
	switch {
	case !d.DeliveredAt.IsZero():
		return "delivered " + d.DeliveredAt.Format(time.RFC3339)
	case !d.FailedAt.IsZero():
		return "gave up " + d.FailedAt.Format(time.RFC3339)
	}
	return "queued, next " + d.NextAt.Format(time.RFC3339)
}
