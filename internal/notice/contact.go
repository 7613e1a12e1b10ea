package notice

import (
	"context"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/source"
)

// Contact is one e-mail address a notice goes to: one the account holder
// registered and verified, and still has.
type Contact struct {
	Address string
	// Kind is what the platform uses it for ("authentication", "recovery").
	Kind string
	// Ref says where in the platform's records the address is: what the
	// event records instead of the address itself.
	Ref string
}

// Contacts returns the account's current, verified e-mail addresses, each
// once. An address never verified may not be the holder's, and one the
// holder replaced is no longer theirs to read: neither is written to.
func Contacts(ctx context.Context, src source.Source, accountID string) ([]Contact, error) {
	recs, err := src.Records(ctx, accountID, []order.Category{order.Emails})
	if err != nil {
		return nil, err
	}
	var out []Contact
	seen := map[string]bool{}
	for _, r := range recs {
		if !r.Superseded.IsZero() {
			continue
		}
		c := Contact{Ref: r.Ref}
		verified := false
		for _, f := range r.Fields {
			switch f.Name {
			case "email":
				c.Address = strings.TrimSpace(f.Value)
			case "kind":
				c.Kind = f.Value
			case "verified":
				verified = f.Value == "true"
			}
		}
		key := strings.ToLower(c.Address)
		if !verified || c.Address == "" || seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, c)
	}
	return out, nil
}

// HolderZone infers the account holder's time zone from the telephone
// numbers they registered and verified and still have: the zone of their
// country when every such number is of one single-zone country. nil means
// unknown, and the notice then says so and states the deadline in UTC.
func HolderZone(ctx context.Context, src source.Source, accountID string) (*time.Location, error) {
	recs, err := src.Records(ctx, accountID, []order.Category{order.Phones})
	if err != nil {
		return nil, err
	}
	zone := ""
	for _, r := range recs {
		if !r.Superseded.IsZero() {
			continue
		}
		var phone string
		verified := false
		for _, f := range r.Fields {
			switch f.Name {
			case "phone":
				phone = f.Value
			case "verified":
				verified = f.Value == "true"
			}
		}
		if !verified || phone == "" {
			continue
		}
		z := zoneOfNumber(phone)
		if z == "" || (zone != "" && z != zone) {
			return nil, nil
		}
		zone = z
	}
	if zone == "" {
		return nil, nil
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		return nil, nil
	}
	return loc, nil
}

// zoneOfNumber returns the zone of an international number ("+81 90-...").
func zoneOfNumber(phone string) string {
	p := strings.TrimSpace(phone)
	if !strings.HasPrefix(p, "+") {
		return ""
	}
	var digits strings.Builder
	for _, r := range p[1:] {
		if r >= '0' && r <= '9' {
			digits.WriteRune(r)
		}
	}
	d := digits.String()
	for n := 3; n >= 1; n-- {
		if len(d) > n {
			if c, ok := zoneByCallingCode[d[:n]]; ok {
				return oneZone[c].zone
			}
		}
	}
	return ""
}
