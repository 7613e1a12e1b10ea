package reader

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/writ-project/writ/internal/order"
)

// The orders of these tests are written for them, sentence by sentence, in
// the ways courts write; no court entered them. Each table is one
// capability of the reader, each row a wording a person would recognize.

// draft is an order built from its parts, so that a row changes only the
// words it tests.
type draft struct {
	caption, requests, discussion, conclusion, signature string
}

const (
	defaultCaption = `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

IN RE EX PARTE APPLICATION OF
KUMO SHOJI K.K.,
Applicant.

Case No. 24-mc-80001-ABC

ORDER ON EX PARTE APPLICATION

Kumo Shoji K.K. ("Kumo") applies ex parte under 28 U.S.C. § 1782 for leave to serve a subpoena on Example Social, Inc. ("Example"). Kumo intends to sue the holder of an account in Japan.`
	defaultRequests = `The proposed subpoena asks Example to produce:

1. All documents showing the names, e-mail addresses and telephone numbers registered with the ACCOUNT;

2. All documents showing the IP addresses, with dates and times, of each log-in to the ACCOUNT from January 1, 2024 through the date of production; and

3. All documents showing the device identifiers of every device used to access the ACCOUNT.

Dkt. No. 1-1, Ex. A.`
	defaultSignature = `IT IS SO ORDERED.

Dated: June 3, 2024

MARY Q. LINDQVIST
United States Magistrate Judge`
)

func (d draft) String() string {
	pick := func(s, def string) string {
		if s == "" {
			return def
		}
		return s
	}
	return pick(d.caption, defaultCaption) + "\n\nI. BACKGROUND\n\n" + pick(d.requests, defaultRequests) +
		"\n\nII. DISCUSSION\n\nThe statutory requirements are met. " + d.discussion +
		"\n\nIII. CONCLUSION\n\n" + pick(d.conclusion, "The application is GRANTED.") + "\n\n" + pick(d.signature, defaultSignature) + "\n"
}

// conclusionWith is an order that grants the application and says the
// sentences given in its conclusion.
func conclusionWith(sentences string) string {
	return draft{conclusion: "The application is GRANTED. Kumo may serve the proposed subpoena on Example.\n\n" + sentences}.String()
}

func conditionOf(o order.Order, act order.Act) (order.Condition, bool) {
	for _, c := range o.Conditions {
		if c.Act == act {
			return c, true
		}
	}
	return order.Condition{}, false
}

// periodWant is a condition an order states: its act, its period and the
// event the period runs from.
type periodWant struct {
	act     order.Act
	days    int
	trigger order.Trigger
}

// checkPeriods checks that the order states each condition wanted.
func checkPeriods(t *testing.T, o order.Order, want []periodWant) {
	t.Helper()
	for _, w := range want {
		if c, ok := conditionOf(o, w.act); !ok || c.Days != w.days || c.Trigger != w.trigger {
			t.Errorf("%s: %+v (found %v), want %d days from %s", w.act, c, ok, w.days, w.trigger)
		}
	}
}

// checkHold checks that an order holds production while a contest is
// pending, over the scope given.
func checkHold(t *testing.T, o order.Order, scope order.HoldScope) {
	t.Helper()
	if h, ok := conditionOf(o, order.PreserveNotDisclose); !ok || h.Scope != scope {
		t.Errorf("hold %+v (found %v), want one over %q", h, ok, scope)
	}
}

// checkStandard checks that every request the order allows is under the
// standard given.
func checkStandard(t *testing.T, o order.Order, std order.Standard) {
	t.Helper()
	for _, rq := range o.Requests {
		if rq.Standard != std {
			t.Errorf("request %d standard %q, want %q", rq.Number, rq.Standard, std)
		}
	}
}

// checkScope checks what an order allows, in any order, and denies, in
// order.Categories' order.
func checkScope(t *testing.T, o order.Order, allowed, denied []order.Category) {
	t.Helper()
	var got []order.Category
	for _, c := range order.Categories {
		if o.Allows(c) {
			got = append(got, c)
		}
	}
	want := slices.Clone(allowed)
	slices.SortFunc(want, func(a, b order.Category) int {
		return slices.Index(order.Categories, a) - slices.Index(order.Categories, b)
	})
	if !slices.Equal(got, want) {
		t.Errorf("allowed %v, want %v", got, want)
	}
	if !slices.Equal(o.DeniedCategories, denied) {
		t.Errorf("denied %v, want %v", o.DeniedCategories, denied)
	}
}

// TestPeriods: a period written in words, digits or both, counted in
// calendar days, and the event it runs from, for each act.
func TestPeriods(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		act      order.Act
		days     int
		trigger  order.Trigger
		party    order.Party
		needDays int // a period read but left to a person (court days)
	}{
		{"words and digits", "Within fourteen (14) days of service of the subpoena, Example shall notify the account holder.", order.NotifyAccountHolders, 14, order.SubpoenaServed, order.Provider, 0},
		{"advise, lodge with the Court a notice of any objection", "The account holder may, within thirty (30) days of the notice, deliver a written objection to Example. Example shall lodge with the Court a notice of any objection it receives within fourteen (14) days of receiving it.", order.AdviseCourt, 14, order.ObjectionReceived, order.Provider, 0},
		{"advise, file a copy of it, or a notice describing it, on the docket", "The account holder may send Example a written objection within twenty-one (21) days after the notice. Within seven (7) days of receiving a written objection, Example shall file a copy of it, or a notice describing it, on the docket of this action.", order.AdviseCourt, 7, order.ObjectionReceived, order.Provider, 0},
		{"move or object, serving a company named with its abbreviation", "Within twenty-one (21) days of the notice, an account holder may file a motion to quash or modify the subpoena or serve on Example Corp. a written objection to it.", order.MoveToQuash, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"move or instead object, one period", "Within fourteen (14) days of the date of that notice, an account holder may file a motion to quash or modify the amended subpoena, or may instead serve on Example a written objection to production, which may be sent by e-mail.", order.MoveToQuash, 14, order.NoticeGiven, order.AccountHolder, 0},
		{"motion, or, within that period, an objection: the motion", "IT IS FURTHER ORDERED that the customer may, within fourteen (14) days of the notice, file a motion to quash or modify the subpoena in this Court or, within that period, serve a written objection on Example.", order.MoveToQuash, 14, order.NoticeGiven, order.AccountHolder, 0},
		{"motion, or, within that period, an objection: the objection", "IT IS FURTHER ORDERED that the customer may, within fourteen (14) days of the notice, file a motion to quash or modify the subpoena in this Court or, within that period, serve a written objection on Example.", order.ObjectInWriting, 14, order.NoticeGiven, order.AccountHolder, 0},
		{"days in which to move, or in which to object: the motion", "The account holder shall have fourteen (14) days from the date of the notice in which to move to quash or modify the subpoena, or in which to deliver a written objection to Example.", order.MoveToQuash, 14, order.NoticeGiven, order.AccountHolder, 0},
		{"days in which to move, or in which to object: the objection", "The account holder shall have fourteen (14) days from the date of the notice in which to move to quash or modify the subpoena, or in which to deliver a written objection to Example.", order.ObjectInWriting, 14, order.NoticeGiven, order.AccountHolder, 0},
		{"days from that service, the order's, the subpoena served only after it", "The Court will therefore measure the notice period from service of this Order, which Example will receive before the subpoena is served, and will allow Example fourteen (14) days from that service to notify each account holder, enclosing copies of the subpoena and this Order.", order.NotifyAccountHolders, 14, order.OrderServed, order.Provider, 0},
		{"motion, then \", or, within\" the objection's own period", "IT IS FURTHER ORDERED that the customer shall have twenty-one (21) days from the date of notice to file a motion to quash or modify the subpoena, or, within fourteen (14) days from the date of notice, to serve on Example a written objection to the subpoena.", order.MoveToQuash, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"object, by written notice to the platform", "Each account holder may, within thirty (30) days of the notice, move to quash the subpoena. In the alternative, and within the same thirty (30) days, an account holder may object to the subpoena by written notice to Example.", order.ObjectInWriting, 30, order.NoticeGiven, order.AccountHolder, 0},
		{"advise, file with the Court a notice attaching it", "In the alternative, and within fourteen days of the notice, the account holder may deliver to Example a written objection, and Example shall then, no later than fourteen days after receiving the objection, file with the Court a notice attaching it.", order.AdviseCourt, 14, order.ObjectionReceived, order.Provider, 0},
		{"the notice's period two sentences on: that notice is to go out no later than", "Example is to notify the holder of each of the two accounts that the subpoena has been issued, enclosing a copy of the subpoena and of this Order. It may use any e-mail address associated with the account. That notice is to go out no later than twenty-one days after the subpoena is served on Example.", order.NotifyAccountHolders, 21, order.SubpoenaServed, order.Provider, 0},
		{"it must do so within days; that period runs from service", "Example is to tell the account holder about the subpoena. It must do so within fourteen days. That period runs from the date on which Example is served with the subpoena, and the notice shall include a copy of this Order.", order.NotifyAccountHolders, 14, order.SubpoenaServed, order.Provider, 0},
		{"days to contest the subpoena, counted from the notice, by a motion: the motion", "The account holder will then have twenty-one days to contest the subpoena, counted from the date that notice is given, and may do so by filing in this Court a motion to quash or modify it. Within that same period, and as an alternative to a motion, the account holder may send Example a written objection to the disclosure.", order.MoveToQuash, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"days to contest the subpoena, counted from the notice, by a motion: the objection within that same period", "The account holder will then have twenty-one days to contest the subpoena, counted from the date that notice is given, and may do so by filing in this Court a motion to quash or modify it. Within that same period, and as an alternative to a motion, the account holder may send Example a written objection to the disclosure.", order.ObjectInWriting, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"the obligation to do so arises when the order is served, days from that service", "Example must give notice of the subpoena to the holder of each of the three accounts, using the e-mail address associated with the account. The obligation to do so arises when this Order is served on Example, and Example has twenty-one days from that service to comply.", order.NotifyAccountHolders, 21, order.OrderServed, order.Provider, 0},
		{"within an equal period of days counted from the notice", "An account holder who wishes to challenge the subpoena may, within an equal period of twenty-one days counted from the date the notice is sent, file a motion in this Court to quash or modify it.", order.MoveToQuash, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"its time to do so is days, beginning when it is served", "Example shall give the account holder written notice of the subpoena, with a copy of this Order. Example's time to do so is twenty-one days, beginning when it is served with the subpoena.", order.NotifyAccountHolders, 21, order.SubpoenaServed, order.Provider, 0},
		{"two ways to contest, each made within days: the motion", "Once notified, the account holder has two ways to contest the subpoena: a motion to quash or modify it, filed in this Court, or a written objection sent to Example. Each must be made within thirty days of the date of Example's notice.", order.MoveToQuash, 30, order.NoticeGiven, order.AccountHolder, 0},
		{"two ways to contest, each made within days: the objection", "Once notified, the account holder has two ways to contest the subpoena: a motion to quash or modify it, filed in this Court, or a written objection sent to Example. Each must be made within thirty days of the date of Example's notice.", order.ObjectInWriting, 30, order.NoticeGiven, order.AccountHolder, 0},
		{"notice promptly, then its notice is due days after receipt: the notice", "Example shall notify the holder of the account of the subpoena promptly. Its\nnotice is due seven days after Example receives the subpoena, and shall be sent to the e-mail\naddress associated with the account together with a copy of this Order.\n\nThe holder may move in this Court to quash or modify the subpoena. Any such motion must be\nfiled within fourteen days, measured from the date on which Example sends the notice.", order.NotifyAccountHolders, 7, order.SubpoenaReceived, order.Provider, 0},
		{"notice promptly, then its notice is due days after receipt: the motion", "Example shall notify the holder of the account of the subpoena promptly. Its\nnotice is due seven days after Example receives the subpoena, and shall be sent to the e-mail\naddress associated with the account together with a copy of this Order.\n\nThe holder may move in this Court to quash or modify the subpoena. Any such motion must be\nfiled within fourteen days, measured from the date on which Example sends the notice.", order.MoveToQuash, 14, order.NoticeGiven, order.AccountHolder, 0},
		{"an earlier order's paragraphs vacated and replaced as follows, a lettered list after", "IT IS FURTHER ORDERED that paragraphs 3 through 6 of the April 14 Order are VACATED and replaced as follows:\n\n     (a)  Within seven (7) days of service of this Order, Example shall notify each account holder\n          that the subpoena seeks his or her information.\n\n     (b)  An account holder may file a motion to quash or modify the subpoena within twenty-one\n          (21) days after the notice is sent.", order.NotifyAccountHolders, 7, order.OrderServed, order.Provider, 0},
		{"a proposal's schedule replaced by the following, after a colon: the notice", "The proposed order's schedule (notice within twenty-one (21) days of service and twenty-one (21) days to move to quash) is replaced by the following, and Example's usual practice does not apply: Example shall give notice to the holder of each account within ten (10) days after receiving the subpoena, with a copy of this order. An account holder may move to quash or modify the subpoena within thirty (30) days after notice.", order.NotifyAccountHolders, 10, order.SubpoenaReceived, order.Provider, 0},
		{"a proposal's schedule replaced by the following, after a colon: the motion", "The proposed order's schedule (notice within twenty-one (21) days of service and twenty-one (21) days to move to quash) is replaced by the following, and Example's usual practice does not apply: Example shall give notice to the holder of each account within ten (10) days after receiving the subpoena, with a copy of this order. An account holder may move to quash or modify the subpoena within thirty (30) days after notice.", order.MoveToQuash, 30, order.NoticeGiven, order.AccountHolder, 0},
		{"digits after the act", "Example shall notify each account holder within 14 days after being served with the subpoena.", order.NotifyAccountHolders, 14, order.SubpoenaServed, order.Provider, 0},
		{"passive, after the period: notice of it shall be given by the platform to the holder", "Within twenty-one days after Example has received the subpoena, notice of it shall be\ngiven by Example to the holder of each account named in the subpoena, by e-mail to the\naddress associated with the account.", order.NotifyAccountHolders, 21, order.SubpoenaReceived, order.Provider, 0},
		{"passive, from service of the order", "Within fourteen days after Example is served with this Order, notice of the subpoena shall be given by Example to the holder of each of the three profiles, with a copy of this Order.", order.NotifyAccountHolders, 14, order.OrderServed, order.Provider, 0},
		{"hyphenated words, receipt", "Example shall, within twenty-one days of receiving the subpoena, give notice to the holder of each account.", order.NotifyAccountHolders, 21, order.SubpoenaReceived, order.Provider, 0},
		{"calendar days of this order", "Within thirty (30) calendar days of service of this Order, Example shall notify the user of the ACCOUNT.", order.NotifyAccountHolders, 30, order.OrderServed, order.Provider, 0},
		{"no later than", "Example shall notify the users no later than seven (7) days after it receives the subpoena.", order.NotifyAccountHolders, 7, order.SubpoenaReceived, order.Provider, 0},
		{"court days left to a person", "Within ten (10) court days of service of the subpoena, Example shall notify the account holder.", order.NotifyAccountHolders, 0, order.SubpoenaServed, order.Provider, 10},
		{"shall then have, a motion or, in the alternative, an objection", "Within fourteen (14) days of receiving the subpoena, Example shall notify each account holder; each account holder shall then have thirty (30) days from the date of that notice to file a motion to quash or modify the subpoena in this Court or, as an alternative open to an account holder who does not wish to appear, to deliver a written objection to Example within the same thirty (30) days.", order.MoveToQuash, 30, order.NoticeGiven, order.AccountHolder, 0},
		{"motion from that e-mail", "Example shall, within fourteen days after being served with this order, notify each account holder of the subpoena by e-mail sent to the address associated with the account. An account holder may move to quash or modify the subpoena within thirty days of the date of that e-mail.", order.MoveToQuash, 30, order.NoticeGiven, order.AccountHolder, 0},
		{"write to the platform objecting", "An account holder may move to quash or modify the subpoena within thirty days of the date of the notice, or, within the same thirty days, may write to Example objecting to the disclosure.", order.ObjectInWriting, 30, order.NoticeGiven, order.AccountHolder, 0},
		{"motion, a star page inside the period", "Any user so notified may file in this Court a motion to quash or modify the subpoena within twenty-eight (28) days *4 after Example gives the notice.", order.MoveToQuash, 28, order.NoticeGiven, order.AccountHolder, 0},
		{"an objection the holder can send instead", "The account holder then has twenty-one days from the date of that notice to file a motion in this court to quash or modify the subpoena. If the account holder would rather not file a motion, he or she can instead send Example a written objection within those same twenty-one days.", order.ObjectInWriting, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"motion from the notice", "Example or the account holder may, within twenty-eight (28) days of the date of the notice, file a motion to quash or modify the subpoena.", order.MoveToQuash, 28, order.NoticeGiven, order.ProviderOrAccountHolder, 0},
		{"motion, notice sent", "Any user whose information is sought may move to quash or modify the subpoena within 21 days after notice is sent.", order.MoveToQuash, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"advise, a status report advising the Court", "In lieu of a motion, the account holder may deliver a written objection letter to counsel for Example within fourteen (14) days after notice is provided. Example shall file a status report advising the Court of any objection within ten (10) days after receiving it.", order.AdviseCourt, 10, order.ObjectionReceived, order.Provider, 0},
		{"advise, brought to the Court's attention", "Within the same twenty-one (21) days, the account holder may serve a written objection on Example. Example shall bring any such objection to the attention of the Court within seven (7) days of its receipt.", order.AdviseCourt, 7, order.ObjectionReceived, order.Provider, 0},
		{"advise, a notice of any objection filed, attaching it", "The holder may, within the same 14 days, send Example a written objection to it. Example shall file a notice of any objection it receives, attaching the objection, within 7 days of receiving it.", order.AdviseCourt, 7, order.ObjectionReceived, order.Provider, 0},
		{"advise, any such letter filed on the docket of this proceeding", "The account holder may, within the same fourteen (14) days, send Example a letter objecting to the subpoena; and it is further ORDERED that Example shall file any such letter on the docket of this proceeding no later than seven (7) days after receiving it.", order.AdviseCourt, 7, order.ObjectionReceived, order.Provider, 0},
		{"objection, notifying the platform in writing that the holder objects", "The account holder may, within twenty-one (21) days from the date on which that notice is sent, file in this Court a motion to quash or modify the subpoena. Alternatively, and within the same twenty-one (21) days, the account holder may notify Example in writing that he or she objects to the subpoena.", order.ObjectInWriting, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"motion, any person so notified, the acts lettered in the sentence", "Any person so notified may, within thirty (30) days after the date of Example's notice, (a) file in this Court a motion to quash or modify the subpoena, or (b) serve on Example a written objection to the subpoena.", order.MoveToQuash, 30, order.NoticeGiven, order.AccountHolder, 0},
		{"a proposed order signed with the period struck left in the text, the court's after it", "Example shall notify each account holder of the subpoena within thirty (30)\nten (10) days after it is served with the subpoena. [Modified by the Court. The notice period is ten (10) days, not thirty (30) days as Applicant proposed.]", order.NotifyAccountHolders, 10, order.SubpoenaServed, order.Provider, 0},
		{"advise, letting the Court know of any objection", "The account holder may, within 21 days from the date of that notice, send Example a written objection. Example shall let the Court know of any objection, by a short filing in this case, within 7 days after the objection arrives.", order.AdviseCourt, 7, order.ObjectionReceived, order.Provider, 0},
		{"advise, reporting any such objection to the Court", "The account holder may object to it in writing to Example, and Example shall report any such objection to the Court within ten days of receiving it.", order.AdviseCourt, 10, order.ObjectionReceived, order.Provider, 0},
		{"advise, an objection which the platform shall report to the Court", "The registrant may, within fourteen (14) days after such notice, file a motion with this Court to quash or modify the subpoena, or may within the same fourteen (14) days deliver to Example a written objection to the subpoena, which Example shall report to the Court within ten (10) days after receiving it.", order.AdviseCourt, 10, order.ObjectionReceived, order.Provider, 0},
		{"objection, a letter setting out any objection filed with the Clerk", "As an alternative to a formal motion, the account holder may, within twenty-one (21) days after the date of the notice, file with the Clerk of Court a letter setting out any objection to the subpoena.", order.ObjectInWriting, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"motion, the period changed in words, the one it replaces set off by commas", "Paragraph 3 is therefore modified so that the account holder shall have twenty-one (21) days, rather than fourteen (14) days, from the date of Example's notice to file a motion to quash or modify the subpoena.", order.MoveToQuash, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"advise, pronoun", "Within fourteen (14) days from the date of the notice, the account holder may deliver a written objection to Example. Example shall advise the Court of any such objection within seven (7) days of receipt of it.", order.AdviseCourt, 7, order.ObjectionReceived, order.Provider, 0},
		{"notice with the Court", "The account holder may object in writing to Example within 14 days after notice is given, and Example shall file a notice with the Court within five (5) days after receiving any written objection.", order.AdviseCourt, 5, order.ObjectionReceived, order.Provider, 0},
		{"the date on which this order is served on the platform", "Example shall notify the holder of each account within fourteen (14) days of the date on which this Memorandum Order is served on Example.", order.NotifyAccountHolders, 14, order.OrderServed, order.Provider, 0},
		{"after this order is served", "Example shall notify the holder within ten (10) days after this Order is served upon it.", order.NotifyAccountHolders, 10, order.OrderServed, order.Provider, 0},
		{"a motion in this Court to quash, or the same days to object", "ORDERED that any account holder may, within twenty-one (21) days from the date of the notice, file a motion in this Court to quash or modify the subpoena or, within the same twenty-one (21) days, serve a written objection on Example.", order.MoveToQuash, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"a motion to quash in this Court, or, the same days to object", "An account holder may, within twenty-one (21) days after the notice, file a motion to quash or modify the subpoena in this Court, or, within the same twenty-one (21) days, send Example a written objection to the production of his or her information.", order.MoveToQuash, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"a motion, or an objection within the same days said after it", "The account holder may, within 14 days from the date of the notice, file a motion in this Court to quash or modify the subpoena, or serve a written objection on Example within the same 14 days.", order.MoveToQuash, 14, order.NoticeGiven, order.AccountHolder, 0},
		{"a motion, or an objection within the same days said after it: the objection", "The account holder may, within 14 days from the date of the notice, file a motion in this Court to quash or modify the subpoena, or serve a written objection on Example within the same 14 days.", order.ObjectInWriting, 14, order.NoticeGiven, order.AccountHolder, 0},
		{"tell each of the reviewers", "Example must tell each of the three reviewers about the subpoena, and send each a copy of this order, within fourteen days after it is served with this order.", order.NotifyAccountHolders, 14, order.OrderServed, order.Provider, 0},
		{"within those same days, instead", "Example and the account holder may move to quash or modify the subpoena within thirty (30) days after the notice is given, and the account holder may, within those same thirty (30) days, instead send Example a written objection to the disclosure stating its grounds, in which case Example shall inform the Court of the objection within fourteen (14) days of receiving it.", order.ObjectInWriting, 30, order.NoticeGiven, order.AccountHolder, 0},
		{"days to move, or to serve a written objection", "Each account holder shall have thirty (30) days from the date of the notice to file a motion in this Court to quash or modify the subpoena, or to serve a written objection to the subpoena on Example and on Kumo's counsel.", order.MoveToQuash, 30, order.NoticeGiven, order.AccountHolder, 0},
		{"days to move, or to serve a written objection: the objection", "Each account holder shall have thirty (30) days from the date of the notice to file a motion in this Court to quash or modify the subpoena, or to serve a written objection to the subpoena on Example and on Kumo's counsel.", order.ObjectInWriting, 30, order.NoticeGiven, order.AccountHolder, 0},
		{"receipt of the subpoena, then what the notice says", "Example shall notify the holder of the account within seven (7) days of receipt of the subpoena that the subpoena has been served, and shall send the holder a copy of this order.", order.NotifyAccountHolders, 7, order.SubpoenaReceived, order.Provider, 0},
		{"file on the docket any written objection it receives", "The account holder may serve a written objection on Example within fourteen (14) days of the notice. Example shall file on the docket any written objection it receives, within seven (7) days of receiving it.", order.AdviseCourt, 7, order.ObjectionReceived, order.Provider, 0},
		{"served with this amended order", "Within fourteen (14) days of being served with this Amended Order, Example shall notify each account holder that the subpoena has been served.", order.NotifyAccountHolders, 14, order.OrderServed, order.Provider, 0},
		{"by the same deadline, as an alternative, a written objection", "The user shall have fourteen days after that notice is given in which to move to quash or modify the subpoena in this Court. By the same deadline the user may, as an alternative to a motion, submit a written objection to Example.", order.ObjectInWriting, 14, order.NoticeGiven, order.AccountHolder, 0},
		{"measured from the date of that notice", "The account holder shall have twenty-one days, measured from the date of that notice, to file any motion to quash or modify the subpoena in this Court.", order.MoveToQuash, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"in the same period, instead, a written objection", "The owner of either shop may, within 30 days of that notice, move to quash or modify the subpoena. In the same period, the owner may instead submit a written objection to Example. Example shall bring any objection it receives to the Court's attention, by letter filed on the docket, within fourteen (14) days of its receipt.", order.ObjectInWriting, 30, order.NoticeGiven, order.AccountHolder, 0},
		{"any objection it receives brought to the Court's attention", "The owner of either shop may, within 30 days of that notice, move to quash or modify the subpoena. In the same period, the owner may instead submit a written objection to Example. Example shall bring any objection it receives to the Court's attention, by letter filed on the docket, within fourteen (14) days of its receipt.", order.AdviseCourt, 14, order.ObjectionReceived, order.Provider, 0},
		{"will then have days, counted from the notice, to bring a motion", "Example shall notify each user within ten days of its receipt of the subpoena. Each user will then have twenty-one days, counted from the date of that notice, to bring a motion in this Court to quash or modify the subpoena.", order.MoveToQuash, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"ask this Court to quash by a motion filed within days", "The account holder may ask this Court to quash or modify the subpoena by a motion filed within twenty-eight days after the notice is given.", order.MoveToQuash, 28, order.NoticeGiven, order.AccountHolder, 0},
		{"either seek an order quashing or object in writing", "ORDERED that the customer may, within fourteen (14) days of that notice, either seek an order quashing or modifying the subpoena from this Court or object to it in writing to Example; that Example shall inform the Court of any written objection within seven (7) days of receiving it.", order.MoveToQuash, 14, order.NoticeGiven, order.AccountHolder, 0},
		{"after the applicant serves this order on the platform", "Within ten (10) days after Kumo serves this Order on Example, Example shall notify the holder of each account that the subpoena has been served.", order.NotifyAccountHolders, 10, order.OrderServed, order.Provider, 0},
		{"after the applicant serves it with this order", "Not later than fourteen days after Kumo serves it with this Order, Example shall notify each of the two users that a subpoena has been issued.", order.NotifyAccountHolders, 14, order.OrderServed, order.Provider, 0},
		{"a defined date: the Receipt Date", "In this Order, \"Receipt Date\" means the date on which Example receives the Subpoena. Within twenty-one days after the Receipt Date, Example shall send notice to each account holder.", order.NotifyAccountHolders, 21, order.SubpoenaReceived, order.Provider, 0},
		{"a defined date some days after an event: left to a person", "In this Order, \"Production Date\" means the date fourteen days after Example receives the Subpoena. Within seven days after the Production Date, Example shall send notice to each account holder.", order.NotifyAccountHolders, 7, "", order.Provider, 0},
		{"a defined date that names no event writ knows: left to a person", "In this Order, \"Start Date\" means the first Monday after the Court's calendar reopens. Within twenty-one days after the Start Date, Example shall send notice to each account holder.", order.NotifyAccountHolders, 21, "", order.Provider, 0},
		{"served with the court's order granting the application", "Within thirty (30) days of being served with the Court's order granting the Application, Example shall notify the account holder.", order.NotifyAccountHolders, 30, order.OrderServed, order.Provider, 0},
		{"served with a stipulation and order", "Within ten (10) days after Example is served with this Stipulation and Order, Example shall send notice to each account holder.", order.NotifyAccountHolders, 10, order.OrderServed, order.Provider, 0},
		{"served with the order adopting a report", "Within fourteen (14) days after it is served with the order adopting this Report and Recommendation, Example shall notify the account holder.", order.NotifyAccountHolders, 14, order.OrderServed, order.Provider, 0},
		{"being served with the district judge's order adopting a report", "Within twenty-one (21) calendar days after being served with the District Judge's order adopting this Report and Recommendation, Example shall notify the account holder.", order.NotifyAccountHolders, 21, order.OrderServed, order.Provider, 0},
		{"service of an order adopting the report", "Example shall notify the account holder within ten (10) days of service of an order adopting this Report and Recommendation.", order.NotifyAccountHolders, 10, order.OrderServed, order.Provider, 0},
		{"advise by filing a copy of the objection", "A holder may instead serve a written objection on Example within the same 30 days. Example shall file a copy of any objection it receives, with the holder's personal information redacted, within 7 days of receiving it.", order.AdviseCourt, 7, order.ObjectionReceived, order.Provider, 0},
		{"advise by bringing the objection to the Court's attention, the event not said", "The account holder may send Example a written objection within fourteen (14) days of the notice; Example shall bring any objection to the Court's attention within seven (7) days.", order.AdviseCourt, 7, "", order.Provider, 0},
		{"advise by lodging the objection with the Court", "Example shall lodge any written objection it receives with the Court within five (5) days of its receipt.", order.AdviseCourt, 5, order.ObjectionReceived, order.Provider, 0},
		{"the objection received filed with the Court under seal", "Within fourteen (14) days of receiving a written objection, Example shall file it with the Court under seal, so that the Court may decide it.", order.AdviseCourt, 14, order.ObjectionReceived, order.Provider, 0},
		{"a period of days running from the notice, set off by a comma", "The account holder and Example will have a thirty-day period, running from the date of the notice, in which to file a motion to quash or modify the subpoena.", order.MoveToQuash, 30, order.NoticeGiven, order.ProviderOrAccountHolder, 0},
		{"a period with a footnote's number glued to its comma", "The account holder and Example will have a thirty-day period,3 running from the date of the notice, in which to file a motion to quash or modify the subpoena.", order.MoveToQuash, 30, order.NoticeGiven, order.ProviderOrAccountHolder, 0},
		{"a letter objecting, within the same period", "The account holder may file a motion to quash within thirty (30) days of the notice. Within that same thirty-day period, the account holder may instead send Example a letter objecting to disclosure.", order.ObjectInWriting, 30, order.NoticeGiven, order.AccountHolder, 0},
		{"any such letter filed with the Court, in court days", "Within thirty (30) days of the notice, the account holder may instead send Example a letter objecting to disclosure. Example must file any such letter with the Court, with the holder's name redacted, within seven (7) court days of receiving it.", order.AdviseCourt, 0, order.ObjectionReceived, order.Provider, 7},
		{"a copy filed with the Court, the objection named before", "If Example receives a written objection, it shall, within ten days of receiving it, file a copy with the Court, redacting the holder's name and address.", order.AdviseCourt, 10, order.ObjectionReceived, order.Provider, 0},
		{"any written objection forwarded to the Court", "Example shall forward any written objection to the Court within seven days of receiving it.", order.AdviseCourt, 7, order.ObjectionReceived, order.Provider, 0},
		{"an objection by letter", "A subscriber may file a motion to quash within twenty-eight (28) days after the notice. A subscriber may, instead, object to the subpoena by a letter to Example within fourteen (14) days after the notice.", order.ObjectInWriting, 14, order.NoticeGiven, order.AccountHolder, 0},
		{"an objection, which the platform shall file with the Court", "Within the same twenty-one (21) days the account holder may instead send Example a written objection, which Example shall file with the Court within ten (10) days of receiving it.", order.AdviseCourt, 10, order.ObjectionReceived, order.Provider, 0},
		{"an objection by writing to the platform", "Example or the account holder may, within thirty (30) days from the date of the notice, file a motion to quash. Within the same thirty (30) days, the account holder may instead object to disclosure by writing to Example and stating the grounds.", order.ObjectInWriting, 30, order.NoticeGiven, order.AccountHolder, 0},
		{"an objection, which the platform shall lodge with the Court, no event said", "The publisher may, within the same thirty days, instead send Example a written objection, which Example shall lodge with the Court within fourteen days.", order.AdviseCourt, 14, "", order.Provider, 0},
		{"an objection; the platform shall file it with the Court", "The account holder may instead, within fourteen (14) days from the date of notice, send Example a written objection; Example shall file it with the Court within seven (7) days after receiving it.", order.AdviseCourt, 7, order.ObjectionReceived, order.Provider, 0},
		{"objection in that same calendar-day period", "Each account holder may, within thirty (30) calendar days after the date the notice is sent, file a motion to quash the subpoena. Within that same thirty (30) calendar-day period, an account holder may instead notify Example in writing of an objection to the disclosure of his or her information.", order.ObjectInWriting, 30, order.NoticeGiven, order.AccountHolder, 0},
		{"objection in a writing sent to the provider", "Alternatively, the account holder may, within fourteen (14) days of the date of the notice, object to disclosure in a writing sent to Example.", order.ObjectInWriting, 14, order.NoticeGiven, order.AccountHolder, 0},
		{"words hyphenated at line ends", "Example shall, within ten (10) busi-\nness days of receiving the sub-\npoena, notify the holder of each ac-\ncount.", order.NotifyAccountHolders, 0, order.SubpoenaReceived, order.Provider, 10},
		{"move the Court to quash", "Any account holder may, within thirty (30) days after the notice is sent, move this Court to quash or modify the subpoena.", order.MoveToQuash, 30, order.NoticeGiven, order.AccountHolder, 0},
		{"objection in the same period", "Example or the account holder may file a motion to quash within twenty-one (21) days of the date of the notice. Within the same period, the account holder may instead serve Example with a written objection.", order.ObjectInWriting, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"objection in the same days", "Example or the account holder may file a motion to quash within fourteen (14) days of receiving notice. The account holder may, within the same fourteen (14) days, object in writing to Example.", order.ObjectInWriting, 14, order.NoticeGiven, order.AccountHolder, 0},
		{"shall have days from the notice", "The account holder shall have thirty (30) days from the date of the notice to file a motion to quash or modify the subpoena.", order.MoveToQuash, 30, order.NoticeGiven, order.AccountHolder, 0},
		{"subpoena is served", "Example shall provide each account holder with notice of the subpoena within fifteen (15) days after the subpoena is served.", order.NotifyAccountHolders, 15, order.SubpoenaServed, order.Provider, 0},
		{"order served on the holder", "Within 10 days of being served with this Order, Example shall serve a copy of this Order on each account holder.", order.NotifyAccountHolders, 10, order.OrderServed, order.Provider, 0},
		{"objection received, passive", "The account holder may object to the subpoena in writing within 21 days of the notice. Example shall promptly notify the Court, and in any event within three (3) days after an objection is received.", order.AdviseCourt, 3, order.ObjectionReceived, order.Provider, 0},
		{"its receipt", "The account holder may object in writing within 21 days of the notice. Example shall notify the Court of any objection within 10 days of its receipt.", order.AdviseCourt, 10, order.ObjectionReceived, order.Provider, 0},
		{"objection filed with the Court", "Any user may serve Example with a written objection within 14 days of receiving notice. Example shall file a copy of any such objection with the Court within 7 days of receipt of the objection.", order.AdviseCourt, 7, order.ObjectionReceived, order.Provider, 0},
		{"a hyphenated period", "Example or any account holder may file a motion to quash within the 21-day period following the notice.", order.MoveToQuash, 21, order.NoticeGiven, order.ProviderOrAccountHolder, 0},
		{"the proposal's period declined", "Although Kumo's proposed order would give Example thirty (30) days after service of the subpoena, Example shall notify the account holder within fourteen (14) days of service of the subpoena.", order.NotifyAccountHolders, 14, order.SubpoenaServed, order.Provider, 0},
		{"the proposal's period in the same sentence", "Although the proposed order provides that Example shall notify the account holder within thirty (30) days of service of the subpoena, Example shall notify the account holder within fourteen (14) days of service of the subpoena.", order.NotifyAccountHolders, 14, order.SubpoenaServed, order.Provider, 0},
		{"the objection, before 'in which case'", "The account holder may instead, within twenty-one days after notice is given, send Example a written objection to disclosure, in which case Example shall advise the Court of the objection within seven days after receiving it.", order.ObjectInWriting, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"the court advised, after 'in which case' broken across lines, the objection within the same days as a motion", "Example or any account holder may, within fourteen (14) days after notice is given, file a motion to quash or modify the subpoena. An account holder who does not wish to file a motion may instead, within the same fourteen (14) days, send a written objection to Example, in which\ncase Example shall inform the Court of the objection within seven (7) days of receiving it.", order.AdviseCourt, 7, order.ObjectionReceived, order.Provider, 0},
		{"the court advised, after 'in which case'", "The account holder may instead, within twenty-one days after notice is given, send Example a written objection to disclosure, in which case Example shall advise the Court of the objection within seven days after receiving it.", order.AdviseCourt, 7, order.ObjectionReceived, order.Provider, 0},
		{"a motion, or within the same period an objection: the motion", "Each account holder may, within fourteen (14) days after notice is given, move to quash the subpoena, or, within the same period, deliver a written objection to Example.", order.MoveToQuash, 14, order.NoticeGiven, order.AccountHolder, 0},
		{"a motion, or within the same period an objection: the objection", "Each account holder may, within fourteen (14) days after notice is given, move to quash the subpoena, or, within the same period, deliver a written objection to Example.", order.ObjectInWriting, 14, order.NoticeGiven, order.AccountHolder, 0},
		{"after its receipt of this order", "Within ten (10) days after Example's receipt of this Order, Example shall notify the account holder by e-mail.", order.NotifyAccountHolders, 10, order.OrderServed, order.Provider, 0},
		{"the objection filed on the docket", "The account holder may, within fourteen (14) days of the notice, send Example a written objection. Example shall file any such objection on the docket, with the account holder's e-mail address redacted, within five (5) days of receiving it.", order.AdviseCourt, 5, order.ObjectionReceived, order.Provider, 0},
		{"the court advised, after 'whereupon'", "Any account holder may object in writing to Example within 14 days of the notice, whereupon Example shall file a copy of the objection with the Court within 5 days of its receipt.", order.AdviseCourt, 5, order.ObjectionReceived, order.Provider, 0},
		{"the proposed subpoena named in the clause", "Example shall notify the account holder of the proposed subpoena within fourteen (14) days of service of the subpoena.", order.NotifyAccountHolders, 14, order.SubpoenaServed, order.Provider, 0},
		{"notice in the hold's sentence", "Example shall notify the account holder within 14 days of being served with the subpoena, and the account holder may then file a motion to quash within 21 days after the notice, in which event Example shall preserve but not disclose the information sought by the subpoena until the Court rules.", order.NotifyAccountHolders, 14, order.SubpoenaServed, order.Provider, 0},
		{"motion in the hold's sentence", "Example shall notify the account holder within 14 days of being served with the subpoena, and the account holder may then file a motion to quash within 21 days after the notice, in which event Example shall preserve but not disclose the information sought by the subpoena until the Court rules.", order.MoveToQuash, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"objection in a relative clause", "Example shall, within fourteen days of service of the subpoena, notify each account holder, who shall have twenty-one days from the notice to object in writing to Example.", order.ObjectInWriting, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"its receipt of the subpoena", "Within twenty-one days of its receipt of the subpoena, Example shall notify the holder of each account.", order.NotifyAccountHolders, 21, order.SubpoenaReceived, order.Provider, 0},
		{"court days of service of a memorandum order", "Within ten (10) court days of service of this Memorandum Order, Example shall notify each account holder.", order.NotifyAccountHolders, 0, order.OrderServed, order.Provider, 10},
		{"move in this Court to quash", "Example or the holder of the account may move in this Court to quash or modify the subpoena within thirty days after the date of that notice.", order.MoveToQuash, 30, order.NoticeGiven, order.ProviderOrAccountHolder, 0},
		{"a notice of the objection filed with the Court", "The account holder may send Example a written objection within 21 days of the notice. Example shall file a notice of any such objection with the Court within ten (10) days after it receives the objection.", order.AdviseCourt, 10, order.ObjectionReceived, order.Provider, 0},
		{"ordered that, no modal", "IT IS FURTHER ORDERED that Example notify the account holder within ten (10) days of service of the subpoena.", order.NotifyAccountHolders, 10, order.SubpoenaServed, order.Provider, 0},
		{"service upon the platform of the subpoena", "IT IS FURTHER ORDERED that Example shall, within 14 days after service upon it of the subpoena, notify each account holder.", order.NotifyAccountHolders, 14, order.SubpoenaServed, order.Provider, 0},
		{"objection in the same days, before a relative clause", "Example or the account holder may move to quash within fourteen (14) days from the date of the notice. Alternatively, within the same fourteen (14) days, the account holder may object in writing to Example, which shall notify the Court within seven (7) days of receipt of the objection.", order.ObjectInWriting, 14, order.NoticeGiven, order.AccountHolder, 0},
		{"the court advised in a relative clause", "Example or the account holder may move to quash within fourteen (14) days from the date of the notice. Alternatively, within the same fourteen (14) days, the account holder may object in writing to Example, which shall notify the Court within seven (7) days of receipt of the objection.", order.AdviseCourt, 7, order.ObjectionReceived, order.Provider, 0},
		{"a relative clause that says more of the notice", "Example shall give notice to each account holder, which may be sent by e-mail, within fourteen (14) days of service of the subpoena.", order.NotifyAccountHolders, 14, order.SubpoenaServed, order.Provider, 0},
		{"notice in weeks, served with it", "Example shall notify the account holder of the subpoena within two weeks of being served with it.", order.NotifyAccountHolders, 14, order.SubpoenaServed, order.Provider, 0},
		{"in no event later than", "Example shall, in no event later than fourteen (14) days after service of the subpoena, notify each account holder.", order.NotifyAccountHolders, 14, order.SubpoenaServed, order.Provider, 0},
		{"shall have until", "Each account holder shall have until thirty (30) days after the notice to file a motion to quash or modify the subpoena.", order.MoveToQuash, 30, order.NoticeGiven, order.AccountHolder, 0},
		{"the subpoena served on it", "Example shall notify each account holder within 14 days after the subpoena is served on it.", order.NotifyAccountHolders, 14, order.SubpoenaServed, order.Provider, 0},
		{"the date on which it is served with the subpoena", "Example shall notify each account holder within fourteen (14) days of the date on which it is served with the subpoena.", order.NotifyAccountHolders, 14, order.SubpoenaServed, order.Provider, 0},
		{"promptly, with no number of days", "Example shall, promptly after it is served with the subpoena, notify the holder of each account.", order.NotifyAccountHolders, 0, order.SubpoenaServed, order.Provider, 0},
		{"a week, in digits", "Within 1 week of service of the subpoena, Example shall notify each account holder.", order.NotifyAccountHolders, 7, order.SubpoenaServed, order.Provider, 0},
		{"notice by serving the subpoena and the order on the holder", "Example shall, within fourteen (14) days of service of the subpoena, serve a copy of the subpoena and of this Order on each account holder whose information is sought.", order.NotifyAccountHolders, 14, order.SubpoenaServed, order.Provider, 0},
		{"motion from service upon the holder", "Each account holder shall have thirty (30) days from the date of service upon him or her to file a motion in this Court to quash or modify the subpoena.", order.MoveToQuash, 30, order.NoticeGiven, order.AccountHolder, 0},
		{"an aside in parentheses after the event", "Example shall notify the account holder within twenty (20) days after service of the subpoena (notice of which Example may give by e-mail).", order.NotifyAccountHolders, 20, order.SubpoenaServed, order.Provider, 0},
		{"notice by sending the holder a copy of the subpoena, in weeks", "Within two weeks of the date Example receives the subpoena, Example shall send the account holder, by e-mail, a copy of the subpoena and of this Order.", order.NotifyAccountHolders, 14, order.SubpoenaReceived, order.Provider, 0},
		{"notice by sending a copy of the subpoena to the customer", "Example shall send a copy of the subpoena and of this Order to the customer within ten (10) days of being served with the subpoena.", order.NotifyAccountHolders, 10, order.SubpoenaServed, order.Provider, 0},
		{"either a motion or an objection in one period: the motion", "Each account holder may, within 21 days of the date of the notice, either file a motion in this Court to quash the subpoena or serve on Example a written objection to disclosure.", order.MoveToQuash, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"a motion or an objection in one period, no 'either': the motion", "Each account holder may, within twenty-one (21) days from the date of the notice, file a motion to quash or modify the subpoena in this Court or serve a written objection on Example.", order.MoveToQuash, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"a motion or an objection in one period, no 'either': the objection", "Each account holder may, within twenty-one (21) days from the date of the notice, file a motion to quash or modify the subpoena in this Court or serve a written objection on Example.", order.ObjectInWriting, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"either a motion or an objection in one period: the objection", "Each account holder may, within 21 days of the date of the notice, either file a motion in this Court to quash the subpoena or serve on Example a written objection to disclosure.", order.ObjectInWriting, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"the objection it receives filed with the Court", "The account holder may serve on Example a written objection within 21 days of the notice. Example shall file any written objection it receives with the Court within 3 days of receiving it.", order.AdviseCourt, 3, order.ObjectionReceived, order.Provider, 0},
		{"an aside that names another event: the trigger left to a person", "Example shall notify the account holder within twenty (20) days after service of the subpoena (or, if later, entry of this Order).", order.NotifyAccountHolders, 20, "", order.Provider, 0},
		{"upon the event, days to act", "Upon receipt of the subpoena, Example shall have ten (10) days to notify the subscriber.", order.NotifyAccountHolders, 10, order.SubpoenaReceived, order.Provider, 0},
		{"after the event, days to act", "After service of the subpoena, Example shall have fourteen (14) days to notify each account holder.", order.NotifyAccountHolders, 14, order.SubpoenaServed, order.Provider, 0},
		{"if an objection is received, within days thereafter", "If Example receives a written objection from a user, it shall notify the Court within seven days thereafter.", order.AdviseCourt, 7, order.ObjectionReceived, order.Provider, 0},
		{"if an objection is received, within days: the event not said", "If Example receives a written objection from a user, it shall notify the Court within seven days.", order.AdviseCourt, 7, "", order.Provider, 0},
		{"a second act after 'and': its words name no event of the first", "Example must notify the users within seven days of being served with the subpoena and must give them 30 days from the date of notice to object in court.", order.NotifyAccountHolders, 7, order.SubpoenaServed, order.Provider, 0},
		{"a second act after 'and', the first's event unsaid: left to a person", "Example must notify the users within seven days of being served and must give them 30 days from the date of notice to object in court.", order.NotifyAccountHolders, 7, "", order.Provider, 0},
		{"notice provided, in the passive, to the holder by the platform", "Notice shall be provided to the account holder by Example within 10 days of service of the subpoena.", order.NotifyAccountHolders, 10, order.SubpoenaServed, order.Provider, 0},
		{"the holders and the platform have days to move", "Each account holder and Example have twenty-one (21) days from the date of the notice to file a motion to quash or modify the subpoena.", order.MoveToQuash, 21, order.NoticeGiven, order.ProviderOrAccountHolder, 0},
		{"notice shall be given, the holder unnamed", "Example shall preserve the information sought. Notice shall be given within fourteen (14) days of service of the subpoena, by e-mail to the address on the account.", order.NotifyAccountHolders, 14, order.SubpoenaServed, order.Provider, 0},
		{"two acts in one ordered sentence, the second after 'and that': the notice", "IT IS FURTHER ORDERED that Example shall notify the creator within twenty-one (21) days after receiving the subpoena, and that the creator may move to quash or modify the subpoena within twenty-one (21) days of that notice.", order.NotifyAccountHolders, 21, order.SubpoenaReceived, order.Provider, 0},
		{"two acts in one ordered sentence, the second after 'and that': the motion", "IT IS FURTHER ORDERED that Example shall notify the creator within twenty-one (21) days after receiving the subpoena, and that the creator may move to quash or modify the subpoena within twenty-one (21) days of that notice.", order.MoveToQuash, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"a motion, or, within that same thirty-day period, an objection: the motion", "The account holder may, within thirty (30) days after Example's notice, file a motion to quash or modify the subpoena in this Court, or, within that same thirty-day period, deliver a written objection to Example.", order.MoveToQuash, 30, order.NoticeGiven, order.AccountHolder, 0},
		{"an objection within that fourteen-day period, in the next sentence", "Each account holder shall have fourteen (14) days from the date of the notice to file a motion to quash or modify the subpoena. Alternatively, within that fourteen-day period, an account holder may deliver to Example a written objection to the disclosure of his or her information.", order.ObjectInWriting, 14, order.NoticeGiven, order.AccountHolder, 0},
		{"a notice informing the Court of an objection", "The account holder may, within thirty (30) days after Example's notice, deliver a written objection to Example. Example shall file a notice informing the Court of any written objection within seven (7) days after receiving it.", order.AdviseCourt, 7, order.ObjectionReceived, order.Provider, 0},
		{"a motion, or, within that same period, an objection: the motion", "The account holder may, within twenty-one (21) days from the date of the notice, move to quash or modify the subpoena, or, within that same period, serve a written objection on Example.", order.MoveToQuash, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"alert each of the holders to the subpoena", "Example shall alert each of the two account holders to the subpoena, by e-mail, no later than thirty (30) days after the subpoena is served upon it.", order.NotifyAccountHolders, 30, order.SubpoenaServed, order.Provider, 0},
		{"days from the date of that alert to ask the Court, by motion, to quash", "Example shall alert each account holder to the subpoena within ten (10) days of being served with it. Each account holder so alerted shall have twenty-eight (28) days from the date of that alert to ask this Court, by motion, to quash or modify the subpoena.", order.MoveToQuash, 28, order.NoticeGiven, order.AccountHolder, 0},
		{"pass word of the subpoena to each holder", "Example is to pass word of the subpoena to each affected account holder within twenty-one (21) days of being served with it.", order.NotifyAccountHolders, 21, order.SubpoenaServed, order.Provider, 0},
		{"days from the day that word is given, a motion", "Example is to pass word of the subpoena to each account holder within ten (10) days of being served with it. Each account holder may, within thirty (30) days from the day that word is given, come before this Court with a motion to quash the subpoena.", order.MoveToQuash, 30, order.NoticeGiven, order.AccountHolder, 0},
		{"apprise each holder", "Example shall apprise each account holder of the subpoena within fourteen (14) days after service of the subpoena.", order.NotifyAccountHolders, 14, order.SubpoenaServed, order.Provider, 0},
		{"days to let each of the holders know", "Once Example has been served with this Order, it has fourteen (14) days to let each of the three account holders know that the subpoena has been issued.", order.NotifyAccountHolders, 14, order.OrderServed, order.Provider, 0},
		{"a notice of it filed with the Clerk of Court", "Each account holder may, within twenty-one (21) days of the notice, lodge with Example a written objection. Example, upon receipt of any such written objection, shall file a notice of it with the Clerk of Court within fourteen (14) days.", order.AdviseCourt, 14, order.ObjectionReceived, order.Provider, 0},
		{"brought to the Court's attention days after it arrived", "Each account holder may, within twenty-one (21) days of the notice, put a written objection in Example's hands; when Example receives such an objection it shall bring it to the Court's attention, by a short letter filed on this docket, no later than ten (10) days after it arrived.", order.AdviseCourt, 10, order.ObjectionReceived, order.Provider, 0},
		{"petition the Court to set the subpoena aside, days from the date the e-mail is sent", "Example shall apprise each account holder of the subpoena by e-mail within fourteen (14) days after service of the subpoena. Any account holder so apprised may, within twenty-one (21) days from the date the e-mail is sent, petition this Court to set the subpoena aside or pare it down.", order.MoveToQuash, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"paragraphs that allow a user days to move, as modified: the motion", "Example shall notify each user within ten (10) days of service of the subpoena. As modified, paragraphs 3 and 4 of the Stipulation allow a user twenty-one (21) days from the date of Example's notice either to move to quash or modify the subpoena or to serve a written objection on Example.", order.MoveToQuash, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"paragraphs that allow a user days to move, as modified: the objection", "Example shall notify each user within ten (10) days of service of the subpoena. As modified, paragraphs 3 and 4 of the Stipulation allow a user twenty-one (21) days from the date of Example's notice either to move to quash or modify the subpoena or to serve a written objection on Example.", order.ObjectInWriting, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"make known to the holder that the subpoena has issued", "Example shall, not later than thirty (30) days after its receipt of the subpoena, make known to the holder of each of the two accounts that the subpoena has issued.", order.NotifyAccountHolders, 30, order.SubpoenaReceived, order.Provider, 0},
		{"ask this Court by motion to quash, days of the date the information was sent", "Example shall notify each holder within ten (10) days of service of the subpoena. Each holder so informed may, within thirty (30) days of the date the information was sent, ask this Court by motion to quash or modify the subpoena.", order.MoveToQuash, 30, order.NoticeGiven, order.AccountHolder, 0},
		{"make the objection known to this Court", "Each holder may, within thirty (30) days of the notice, send Example a written objection to the disclosure; Example shall then, within fourteen (14) days of receiving any written objection, make the objection known to this Court by a filing on the docket.", order.AdviseCourt, 14, order.ObjectionReceived, order.Provider, 0},
		{"make each of the holders aware of the subpoena", "Within ten (10) days of its being served with this Amended Order, Example shall make each of the two account holders aware of the subpoena, writing to the e-mail address associated with the account.", order.NotifyAccountHolders, 10, order.OrderServed, order.Provider, 0},
		{"days from the day the platform sends that message", "Example shall notify each account holder within ten (10) days of service of the subpoena. The account holder will then have thirty (30) days from the day Example sends that message to seek relief from this Court by a motion to quash or modify the subpoena.", order.MoveToQuash, 30, order.NoticeGiven, order.AccountHolder, 0},
		{"get word to each of the reviewers, days after it receives the subpoena", "Example, for its part, is to get word to each of the four reviewers, at the e-mail address associated with the account, no later than ten (10) days after it receives the subpoena.", order.NotifyAccountHolders, 10, order.SubpoenaReceived, order.Provider, 0},
		{"days of the date on which the platform sent word", "Example is to get word to each reviewer within ten (10) days after it receives the subpoena. Any reviewer so informed may, within fourteen (14) days of the date on which Example sent word, file a motion in this Court to quash or modify the subpoena.", order.MoveToQuash, 14, order.NoticeGiven, order.AccountHolder, 0},
		{"no later than the seventh day after it is served", "Example is to notify each account holder of the subpoena no later than the seventh day after Example is served with it.", order.NotifyAccountHolders, 7, order.SubpoenaServed, order.Provider, 0},
		{"no later than the fourteenth day after service, in digits", "Example shall notify each account holder no later than the 14th day after service of the subpoena.", order.NotifyAccountHolders, 14, order.SubpoenaServed, order.Provider, 0},
		{"by the twenty-first day after the notice", "Each account holder may file a motion to quash or modify the subpoena no later than the twenty-first day after the date of the notice.", order.MoveToQuash, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"transmit a copy of the subpoena to the account holder, within three weeks", "Example shall, within three weeks of being served with the subpoena, transmit a copy of the subpoena and of this Order to the account holder at each e-mail address on the account.", order.NotifyAccountHolders, 21, order.SubpoenaServed, order.Provider, 0},
		{"at any time up to three weeks after the notice", "The operator may move to quash or modify the subpoena at any time up to three weeks after the notice is sent. Any such motion shall be filed in this Court.", order.MoveToQuash, 21, order.NoticeGiven, order.AccountHolder, 0},
		{"contest the subpoena by motion filed in this Court, or by a written objection", "It is FURTHER ORDERED that the Account's operator may contest the subpoena by motion to quash or modify filed in this Court within fourteen (14) days from the date of that notice, or, within the same fourteen-day window, by a written objection delivered to Example.", order.MoveToQuash, 14, order.NoticeGiven, order.AccountHolder, 0},
		{"send each shop's operator a copy of the subpoena", "Within fourteen days after it receives the subpoena, Example shall send each shop's operator, at the email address registered for the shop, a copy of the subpoena and of this Order.", order.NotifyAccountHolders, 14, order.SubpoenaReceived, order.Provider, 0},
		{"advise: file a letter on the docket reporting the objection within one week", "An owner who does not wish to file a motion may, within twenty-one days of the notice, object in writing to Example instead, and Example shall file a letter on the docket reporting the objection within one week of receiving it.", order.AdviseCourt, 7, order.ObjectionReceived, order.Provider, 0},
		{"an ECF header run into a number, split over two lines", "3. Example shall, within twenty- Case\n1:26-mc-00388-ABC Document 9 Filed 07/14/26 Page 4 of 5 one (21) days of the date on\nwhich it is served with the subpoena, notify each account holder of the subpoena by e-mail.", order.NotifyAccountHolders, 21, order.SubpoenaServed, order.Provider, 0},
		{"the author may then file a motion, but must do so within", "Example shall, within ten (10) days after it receives the subpoena, notify the author of the subpoena. The author may then file a motion to quash or modify the subpoena in this Court, but must do so within fourteen (14) days after the date of the notice.", order.MoveToQuash, 14, order.NoticeGiven, order.AccountHolder, 0},
		{"a period struck through between tildes, the judge's words and initials after it", "Example shall notify each account holder of the subpoena within ~~thirty (30)~~ fourteen (14) [ABC] days after Example receives the subpoena.", order.NotifyAccountHolders, 14, order.SubpoenaReceived, order.Provider, 0},
		{"the order served on the platform is no notice", "Kumo shall, within seven (7) days, serve a copy of this Order on Example together with the subpoena. Example shall notify each account holder within fourteen (14) days of service of the subpoena.", order.NotifyAccountHolders, 14, order.SubpoenaServed, order.Provider, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Read(conclusionWith(tt.text))
			c, ok := conditionOf(p.Order, tt.act)
			if !ok {
				t.Fatalf("no %s condition in %+v", tt.act, p.Order.Conditions)
			}
			if c.Days != tt.days || c.Trigger != tt.trigger || c.Party != tt.party {
				t.Errorf("%s: %d days from %s by %s; want %d days from %s by %s", tt.act, c.Days, c.Trigger, c.Party, tt.days, tt.trigger, tt.party)
			}
			held := 0
			for _, n := range p.NeedsPerson {
				if n.Read != nil && strings.HasSuffix(n.Path, "/days") {
					held = n.Read.Days
				}
			}
			if held != tt.needDays {
				t.Errorf("left to a person: %d days, want %d", held, tt.needDays)
			}
		})
	}
}

// TestContestNamedOnlyAsACondition: a motion or objection named only in
// a clause that conditions another act ("If no motion to quash is filed
// ..., Example shall produce ... within ten (10) days thereafter") grants
// no right to move or object within that act's period.
func TestContestNamedOnlyAsACondition(t *testing.T) {
	p := Read(conclusionWith("Example shall notify the account holder within ten (10) days of service of the subpoena. If no motion to quash is filed within the time allowed, Example shall produce the information within ten (10) days thereafter. If no written objection is served, Example may produce the information within seven (7) days thereafter."))
	for _, act := range []order.Act{order.MoveToQuash, order.ObjectInWriting} {
		if c, ok := conditionOf(p.Order, act); ok {
			t.Errorf("%s read from a condition of production: %+v", act, c)
		}
	}
}

// TestProductionAfterTheContestPeriod: a production timed from the end of
// the time to move to quash states no period to move.
func TestProductionAfterTheContestPeriod(t *testing.T) {
	p := Read(conclusionWith("Example shall notify the account holder within ten (10) days of service of the subpoena. Example shall produce the documents within thirty (30) days after the time for the holder to move to quash has expired."))
	if c, ok := conditionOf(p.Order, order.MoveToQuash); ok {
		t.Errorf("a motion period read from the production's: %+v", c)
	}
}

// TestAdviceIsThePlatformsOfAnObjection: advising the court is the
// platform's telling it of an objection; the applicant's report to the
// court, or the platform's of its production, is no such term.
func TestAdviceIsThePlatformsOfAnObjection(t *testing.T) {
	for _, text := range []string{
		"Kumo's counsel shall, within seven (7) days of receiving the subpoena response, notify the Court.",
		"Example shall notify the Court within seven (7) days of completing its production.",
	} {
		p := Read(conclusionWith("Example shall notify the account holder within ten (10) days of service of the subpoena. " + text))
		if c, ok := conditionOf(p.Order, order.AdviseCourt); ok {
			t.Errorf("%q read as advising the court of an objection: %+v", text, c)
		}
	}
}

// TestReportObjectionsAreNoRoute: "Any party has fourteen (14) days
// after being served with this Report and Recommendation to file written
// objections" is Rule 72's, not a holder's written objection.
func TestReportObjectionsAreNoRoute(t *testing.T) {
	p := Read(conclusionWith("Example shall notify the account holder within ten (10) days of service of the subpoena.\n\nNOTICE\n\nAny party has fourteen (14) days after being served with this Report and Recommendation to file specific written objections. Fed. R. Civ. P. 72(b)(2)."))
	if c, ok := conditionOf(p.Order, order.ObjectInWriting); ok {
		t.Errorf("Rule 72's objections read as a written objection to the platform: %+v", c)
	}
}

// TestHolderGivesNoNotice: the notice is the platform's act; a holder's
// period that runs from it ("within 30 days of the date on which Example
// sends notice") is no notice of the holder's.
func TestHolderGivesNoNotice(t *testing.T) {
	p := Read(conclusionWith("The subscriber may object within 30 days of the date on which Example sends notice. Example shall notify the account holder within ten (10) days of service of the subpoena."))
	if c, ok := conditionOf(p.Order, order.NotifyAccountHolders); !ok || c.Days != 10 || c.Party != order.Provider {
		t.Errorf("notice %+v (found %v), want the platform's ten days", c, ok)
	}
	for _, c := range p.Order.Conditions {
		if c.Act == order.NotifyAccountHolders && c.Party == order.AccountHolder {
			t.Errorf("a holder's notice read: %+v", c)
		}
	}
}

// TestHolderFilesWithTheCourt: a holder's filing with the Court is no
// advice to the court, which is the platform's act; writ reads no act of
// it and says so, rather than call it a motion to quash.
func TestHolderFilesWithTheCourt(t *testing.T) {
	p := Read(conclusionWith("Example shall notify the account holder within ten (10) days of service of the subpoena. The account holder may file objections with the Court within thirty days of the notice."))
	if c, ok := conditionOf(p.Order, order.AdviseCourt); ok {
		t.Errorf("a holder's filing read as advising the court: %+v", c)
	}
	if !slices.ContainsFunc(p.NeedsPerson, func(n Need) bool {
		return strings.Contains(n.Why, "account holder") && strings.Contains(n.Why, "with the Court")
	}) {
		t.Errorf("no person told of the holder's filing: %+v", p.NeedsPerson)
	}
}

// TestPeriodsNotStated: a number the words and digits disagree on, and an
// act without a period, are not conditions with a period; nothing is
// guessed.
func TestPeriodsNotStated(t *testing.T) {
	tests := []struct{ name, text string }{
		{"words and digits disagree", "Within fourteen (41) days of service of the subpoena, Example shall notify the account holder."},
		{"a month is no number of days", "Example shall notify each account holder within one month of service of the subpoena."},
		{"a reasonable time", "Example shall notify each account holder within a reasonable time after service of the subpoena."},
		{"no period", "Nothing in this order prevents Example or the account holder from moving to quash the subpoena."},
		{"quoted from another order", `Other orders have required notice "within seven (7) days of service of the subpoena."`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Read(conclusionWith(tt.text))
			for _, c := range p.Order.Conditions {
				if c.Days != 0 {
					t.Errorf("%s: %d days read from %q", c.Act, c.Days, tt.text)
				}
			}
		})
	}
}

// TestOperativePart: where the order's own terms begin, however the
// order marks it; the terms are read only from there.
func TestOperativePart(t *testing.T) {
	terms := "Kumo may serve on Example the proposed subpoena. Example shall notify each account holder within fourteen (14) days of service of the subpoena."
	tests := []struct{ name, tail string }{
		{"a heading in mixed case, Conclusion and Order", "Conclusion and Order\n\nThe Court GRANTS the application. " + terms},
		{"for the reasons explained above", "For the reasons explained above, the Court GRANTS the application. " + terms},
		{"for the reasons given", "For the reasons given, the application is GRANTED. " + terms},
		{"a case-law print's heading run into its text", "IV. Conclusion For these reasons, the Court GRANTS the application. " + terms},
		{"paragraphs numbered throughout, the last one's heading run into it", "5. Notice. Kumo proposes seven days for notice.\n\n6. Conclusion. The Court GRANTS the application with modifications. " + terms},
		{"Accordingly, with a colon, on a line of its own", "Accordingly:\n\nThe Court GRANTS the application. " + terms},
		{"a heading numbered in digits, then IT IS THEREFORE ORDERED", "3. Conclusion\n\nIT IS THEREFORE ORDERED:\n\nThe application is GRANTED. " + terms},
		{"IT IS, ACCORDINGLY, ORDERED", "IT IS, ACCORDINGLY, ORDERED that the application is GRANTED. " + terms},
		{"no heading, in the first person: I grant the application", "What I am ordering is this.\n\nI grant the application. " + terms},
		{"it is ORDERED with a colon, the order signed 'ORDERED in Tampa'", "Accordingly, it is ORDERED:\n\n(a) The application is GRANTED. " + terms + "\n\nORDERED in Tampa, Florida, on June 3, 2024."},
		{"no heading, paragraphs numbered throughout: 5. The application is GRANTED", "4. The Intel factors favor the application.\n\n5. The application is GRANTED. " + terms},
		{"no heading: The Court therefore grants the application", "The Court therefore grants the application and sets out here, in one place, the terms on which the subpoena may be served. " + terms},
		{"the court, in small letters, therefore ORDERS", "For the reasons below, the application is GRANTED.\n\nThe account holders are entitled to be heard before their identities are disclosed. The court therefore ORDERS:\n\n1. " + terms},
		{"the Court, having considered and finding at length, HEREBY ORDERS as follows", "The Court, having considered the application and the declarations, and finding that the\nrequirements of 28 U.S.C. § 1782(a) are satisfied and that the discretionary factors weigh in favor of\ngranting the application, HEREBY ORDERS as follows:\n\n1. The application is GRANTED.\n\n2. " + terms},
		{"no heading, an earlier order amended: its paragraphs superseded and replaced by the following", "The Court finds good cause to extend the deadlines.\n\n3. Amended Terms\n\nThe September 22 Order is AMENDED. Paragraphs 2 through 7 of the September 22 Order are\nsuperseded and replaced in their entirety by the following:\n\n(a) Kumo may serve on Example the proposed subpoena.\n\n(b) Example shall notify each account holder within fourteen (14) days of service of the subpoena.\n\n4. The application remains granted."},
		{"no heading: the application is therefore granted", "The application is therefore GRANTED IN PART. " + terms},
		{"no heading, mid-paragraph: the application is therefore granted", "The statutory requirements are met, the discretionary factors favor discovery, and the subpoena is narrow. The application is therefore GRANTED, and the Court adopts the terms of the proposed order. " + terms},
		{"no heading: the petition is accordingly granted", "Kumo's petition is accordingly GRANTED. " + terms},
		{"a memorandum, then its order: AND NOW, it is ORDERED", "Kumo's proposed order would have Example notify the account holder within seven (7) days of service of the subpoena. The schedule is set out in the accompanying Order. The application will be granted. An appropriate Order follows.\n\nORDER\n\nAND NOW, this 14th day of January, 2026, upon consideration of the Application, and for the reasons set forth in the accompanying Memorandum, it is hereby ORDERED that the Application is GRANTED as follows:\n\n1. Kumo may serve on Example the proposed subpoena.\n\n2. Example shall, within two weeks of service of the subpoena, notify each account holder."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := strings.Replace(strings.Replace(draft{}.String(), "III. CONCLUSION\n\nThe application is GRANTED.", tt.tail, 1), "II. DISCUSSION", "2. Discussion", 1)
			p := Read(text)
			c, ok := conditionOf(p.Order, order.NotifyAccountHolders)
			if !ok || c.Days != 14 || c.Trigger != order.SubpoenaServed {
				t.Errorf("notice %+v (found %v), want 14 days from service of the subpoena", c, ok)
			}
			if len(p.Order.Requests) != 3 {
				t.Errorf("%d requests allowed, want 3", len(p.Order.Requests))
			}
		})
	}
}

// TestOrderedAsSetOutBelow: a memorandum order that opens "IT IS HEREBY
// ORDERED that the application is GRANTED IN PART ..., as set out below",
// reasons in numbered paragraphs, then orders again ("NOW, THEREFORE, IT
// IS FURTHER ORDERED that:"): the requests told in its reasons are the
// subpoena's, its terms those ordered after.
func TestOrderedAsSetOutBelow(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
DISTRICT OF DELAWARE

IN RE EX PARTE APPLICATION OF KUMO SHOJI K.K.        Misc. No. 24-123-ABC

MEMORANDUM ORDER

     At Wilmington, this 14th day of October, 2024, having considered the ex parte application
of Kumo Shoji K.K. ("Kumo") for leave to serve a subpoena on Example Social, Inc. ("Example")
under 28 U.S.C. § 1782 (D.I. 1), IT IS HEREBY ORDERED that the application is GRANTED IN PART
and DENIED IN PART, as set out below.

     1. The requests. The proposed subpoena (D.I. 1-2, Ex. A) asks for "all documents
concerning" the following, for each of the accounts: (1) the names of the account holders;
(2) the e-mail addresses associated with the accounts; and (3) all direct messages sent or
received by them.

     2. Request 3 is denied. The content of messages is not needed to identify anyone.

     NOW, THEREFORE, IT IS FURTHER ORDERED that:

     (a) Kumo may serve on Example a subpoena seeking documents sufficient to show the
information described in Requests 1 and 2. The subpoena shall not include Request 3.

     (b) Example shall notify each account holder within fourteen (14) days of service of the
subpoena.

                                        MARY Q. LINDQVIST
                                        United States District Judge
`
	o := Read(src).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails}, []order.Category{order.Content})
	if c, ok := conditionOf(o, order.NotifyAccountHolders); !ok || c.Days != 14 {
		t.Errorf("notice %v %+v, want 14 days", ok, c)
	}
}

// TestQuotedTermsIgnored: the discussion describes other orders' terms
// and the applicant's proposed ones; only the operative part's are this
// order's, and a quotation there is not either.
func TestQuotedTermsIgnored(t *testing.T) {
	d := draft{
		discussion: `Kumo's proposed order would require notice "within thirty (30) days of service of the subpoena," and other courts have ordered that the provider shall notify the account holder within seven (7) days of service of the subpoena. IT IS FURTHER ORDERED, one such order read, that the provider shall advise the Court within three (3) days of receipt of an objection. The Court sets a shorter schedule.`,
		conclusion: `The application is GRANTED. Kumo may serve the proposed subpoena on Example.

The proposed order's "within thirty (30) days" is too long; Example shall notify the account holder within fourteen (14) days of service of the subpoena.`,
	}
	p := Read(d.String())
	c, ok := conditionOf(p.Order, order.NotifyAccountHolders)
	if !ok || c.Days != 14 {
		t.Errorf("notice: %+v, want 14 days", c)
	}
	if _, ok := conditionOf(p.Order, order.AdviseCourt); ok {
		t.Error("a condition quoted from another order was read as this order's")
	}
}

// TestCategoryNames: the many names of each category, in a request's
// words.
func TestCategoryNames(t *testing.T) {
	tests := []struct {
		item string
		want []order.Category
	}{
		{"the subscriber's name, postal address and e-mail address", []order.Category{order.Names, order.Addresses, order.Emails}},
		{"any PayPal, app-store or other non-card payment account used for such purchases", []order.Category{order.OtherPayment}},
		{"non-card payment accounts", []order.Category{order.OtherPayment}},
		{"the name, e-mail addresses, telephone numbers and account-creation data of the creator account", []order.Category{order.Names, order.Emails, order.Phones, order.AccountCreation}},
		{"the account creation records of each account", []order.Category{order.AccountCreation}},
		{"registration data: the name, telephone number and recovery e-mail address given at registration", []order.Category{order.Names, order.Emails, order.Phones}},
		{"log-in records, including IP addresses and timestamps", []order.Category{order.AccessLogs}},
		{"the name, e-mail addresses, including any alternate or recovery address, and telephone numbers of the account holder", []order.Category{order.Names, order.Emails, order.Phones}},
		{"the recovery address and backup address of the account", []order.Category{order.Emails}},
		{"the e-mail address or addresses associated with the account, including any unverified address", []order.Category{order.Emails}},
		{"the e-mail address or addresses associated with the account", []order.Category{order.Emails}},
		{"every e-mail address associated with the account (including any address used to recover it)", []order.Category{order.Emails}},
		{"every e-mail address associated with the account, including unverified and previous addresses", []order.Category{order.Emails}},
		{"the date, time and IP address at which the Google account linked to the channel was created", []order.Category{order.AccountCreation}},
		{"every IP address from which the accounts were accessed since they were opened", []order.Category{order.AccessLogs}},
		{"payment card information used to pay for advertising, including the name of the card holder, the billing address, the last four digits of the card number and the expiration date", []order.Category{order.CardHolder}},
		{"every e-mail address associated with the account, including the postal address", []order.Category{order.Addresses, order.Emails}},
		{"e-mail content", []order.Category{order.Content}},
		{"the content of e-mails and the e-mail message bodies", []order.Category{order.Content}},
		{"all text chat sent from the account to or about the applicant", []order.Category{order.Content}},
		{"the in-game chat logs of the account", []order.Category{order.Content}},
		{"the notes or memos entered with each payment sent or received", []order.Category{order.Content}},
		{"the shop's Etsy Conversations messages with buyers concerning the accused listings", []order.Category{order.Content}},
		{"the date, time and IP address at which each membership account was created", []order.Category{order.AccountCreation}},
		{"the name of the holder of, and the bank for, the account into which Example deposits the shop's sales proceeds", []order.Category{order.OtherPayment}},
		{"when, and from which IP address, each account was created", []order.Category{order.AccountCreation}},
		{"the name provided when the account was registered", []order.Category{order.Names}},
		{"identifiers of each device used on it", []order.Category{order.DeviceIDs}},
		{"the names of the subreddits each Account moderates", []order.Category{}},
		{"all hardware and machine identifiers that Example associates with the account", []order.Category{order.DeviceIDs}},
		{"the saved Chats, Snaps, and Memories of each profile", []order.Category{order.Content}},
		{"the IP address from which that account was created, with the date and time of creation", []order.Category{order.AccountCreation}},
		{"the name of the page's creator", []order.Category{order.Names}},
		{"the names of the shop owner and of any other person registered on the shop", []order.Category{order.Names}},
		{"the IP address and time stamp of each Account's creation", []order.Category{order.AccountCreation}},
		{"device identifiers and browser fingerprints associated with log-ins", []order.Category{order.DeviceIDs}},
		{"the IP addresses associated with log-ins to the account", []order.Category{order.AccessLogs}},
		{"the contents of all e-mails sent from the account to the buyer or to any address at the buyer's domain", []order.Category{order.Content}},
		{"all e-mail addresses associated with the Account, including any unverified address", []order.Category{order.Emails}},
		{"the name and e-mail address of the holder; provided, however, that this information does not include any postal address", []order.Category{order.Names, order.Emails}},
		{"the IP addresses, with dates and times, of log-ins to the accounts from their creation to the date of the subpoena", []order.Category{order.AccessLogs}},
		{"the e-mail addresses and telephone numbers of the holder, including any mailing address", []order.Category{order.Addresses, order.Emails, order.Phones}},
		{"IP addresses, with dates and times, of each log-in since account creation", []order.Category{order.AccessLogs}},
		{"the identifiers of all mobile devices that accessed the account", []order.Category{order.DeviceIDs}},
		{"device and browser identifiers associated with those sessions", []order.Category{order.DeviceIDs}},
		{"the name of the holder of, and the bank or other account details registered for, any payout account", []order.Category{order.OtherPayment}},
		{"the account to which the subscription revenue is transferred", []order.Category{order.OtherPayment}},
		{"the bank or other accounts to which Example paid out the proceeds of the accounts' sales", []order.Category{order.OtherPayment}},
		{"the IP addresses used to access the account, with the date and time of each access", []order.Category{order.AccessLogs}},
		{"the date and time each account was created, and the IP address from which it was created", []order.Category{order.AccountCreation}},
		{"the date, time and IP address of the account's creation", []order.Category{order.AccountCreation}},
		{"the name and billing address of the holder of any credit or debit card, but not the card number", []order.Category{order.CardHolder}},
		{"the name and e-mail address associated with any PayPal account or other payment method", []order.Category{order.OtherPayment}},
		{"the names and billing addresses of any card holder, and the name associated with any other form of payment", []order.Category{order.CardHolder, order.OtherPayment}},
		{"the contents of all private messages sent from the account", []order.Category{order.Content}},
		{"all direct messages sent or received by the account", []order.Category{order.Content}},
		{"the messages the \"kumo.truth\" account sent to Kumo's employees", []order.Category{order.Content}},
		{"the messages that each account holder has received", []order.Category{order.Content}},
		{"device identifiers, including IMEI numbers and advertising identifiers", []order.Category{order.DeviceIDs}},
		{"the mobile number and display name associated with the account", []order.Category{order.Phones}},
		{"connection logs showing the IP address of each session", []order.Category{order.AccessLogs}},
		{"the IP address used to create the blog, and the date it was created", []order.Category{order.AccountCreation}},
		{"any stored communications of the account", []order.Category{order.Content}},
		{"the IP addresses, with the date and time of each, from which the account was accessed from its creation to the present", []order.Category{order.AccessLogs}},
		{"the log-in records of the account since its creation", []order.Category{order.AccessLogs}},
		{"every IP address used to sign in to the account since the date it was created", []order.Category{order.AccessLogs}},
		{"the IP addresses, with dates and times, of every log-in to the account since it was opened", []order.Category{order.AccessLogs}},
		{"the date and time of each log-in after the account's creation", []order.Category{order.AccessLogs}},
		{"the creation date of the account", []order.Category{order.AccountCreation}},
		{"the IP address and timestamp from which the account was registered", []order.Category{order.AccountCreation}},
		{"the date and IP address from which each account was opened", []order.Category{order.AccountCreation}},
		{"the registration IP address and timestamp of each account", []order.Category{order.AccountCreation}},
		{"the IP address and timestamp at registration", []order.Category{order.AccountCreation}},
		{"the IP addresses of each log-in from the date of registration to the present", []order.Category{order.AccessLogs}},
		{"the IP addresses, with dates and times, from which the account was accessed from the date it was created to the date of production", []order.Category{order.AccessLogs}},
		{"the IP addresses, with dates and times, from which the Account was accessed, from the creation of the Account to the date of the subpoena", []order.Category{order.AccessLogs}},
		{"the IP addresses, with dates and times, of log-ins to the customer account from the date the domain was registered to the date of the subpoena", []order.Category{order.AccessLogs}},
		{"the names of the account holder, the addresses registered to the account, the e-mail addresses associated with it (including any recovery address), the telephone numbers associated with it, the name and billing address of the holder of any payment card registered to the account, and the IP addresses from which the account was accessed", []order.Category{order.Names, order.Addresses, order.Emails, order.Phones, order.CardHolder, order.AccessLogs}},
		{"all communications between the account holder and Example, including support tickets and chat transcripts", []order.Category{order.Content}},
		{"the account holder's support communications", []order.Category{order.Content}},
		{"documents sufficient to show, and not \"all documents\" concerning, the following information for the account: (a) the name of the account holder; (b) every e-mail address associated with the account", []order.Category{order.Names, order.Emails}},
		{"its customer-support correspondence with Example", []order.Category{order.Content}},
		{"unpublished episodes and stored messages", []order.Category{order.Content}},
		{"the name, billing address and full payment-card details of any person who paid for a subscription on the account", []order.Category{order.CardHolder}},
		{`"all records of payments received by" the account, including the notes or messages that accompanied them`, []order.Category{order.Content}},
		{"the memo lines sent with each payment to the account", []order.Category{order.Content}},
		{"the e-mail address the account holder used for communications with Example", []order.Category{order.Emails}},
		{"the name on any non-card payment method, such as an app store account", []order.Category{order.OtherPayment}},
		{`the media access control ("MAC") address of the cable modem or gateway to which the IP address was assigned`, []order.Category{order.DeviceIDs}},
		{"the subscriber's name and service address for the account to which the IP address was assigned", []order.Category{order.Names, order.Addresses}},
		{"the IP addresses assigned to the account at each log-in", []order.Category{order.AccessLogs}},
		{"the account holder's name and telephone number, the name and billing address of any credit card holder on the account, and the IP addresses of log-ins to the account", []order.Category{order.Names, order.Phones, order.CardHolder, order.AccessLogs}},
		{"the name, the billing address, and the e-mail address of the holder of any credit card", []order.Category{order.CardHolder}},
		{"all documents identifying the subscriber to whom the IP addresses listed in Schedule A were assigned at the listed dates and times, including the subscriber's name and e-mail addresses", []order.Category{order.Names, order.Emails}},
		{"the subscriber to whom each IP address in Exhibit A was assigned at the date and time listed, and the subscriber's telephone numbers", []order.Category{order.Phones}},
		{"the name of each customer to whom the IP address was allocated", []order.Category{order.Names}},
		{"all IP-address assignment and session logs for each such subscriber's account", []order.Category{order.AccessLogs}},
		{"the IP addresses assigned to the subscriber, with dates and times, since January 1, 2024", []order.Category{order.AccessLogs}},
		{"all e-mails sent from any e-mail account of the subscriber", []order.Category{order.Content}},
		{"the e-mails the subscriber sent to Example's support team", []order.Category{order.Content}},
		{"copies of all files stored in the account, including backups of its websites and any mailboxes hosted in it", []order.Category{order.Content}},
		{"the account's audience lists and the drafts and final versions of every campaign sent from it", []order.Category{order.Content}},
		{"all messages between the account holder and Example's help desk about the listing", []order.Category{order.Content}},
		{"for each IP address at the date and time listed in Exhibit B, the name and telephone number of the subscriber to whom the address was assigned", []order.Category{order.Names, order.Phones}},
		{"for each IP address listed in Schedule 1, the IP addresses of the subscriber's later log-ins", []order.Category{order.AccessLogs}},
		{"the telephone number the account holder gave for messages with sellers", []order.Category{order.Phones}},
		{"the contact list and address book stored in the account", []order.Category{order.Content}},
		{"the recovery or backup e-mail address registered with the account", []order.Category{order.Emails}},
		{"the log files stored on Example's servers showing the IP address of each log-in", []order.Category{order.AccessLogs}},
		{"the street address of the subscriber's mailbox", []order.Category{order.Addresses}},
		{"the messages exchanged between the seller and its customers", []order.Category{order.Content}},
		{"any résumés and cover letters uploaded to the profile", []order.Category{order.Content}},
		{"the name and service address of the customer to which Example allocated the IP address", []order.Category{order.Names, order.Addresses}},
		{"the subscriber to whom the carrier assigned each IP address, and the subscriber's e-mail address", []order.Category{order.Emails}},
		{"the subscriber's\nname, service address and e-mail addresses, and the name and\nbilling address of the holder of any credit or debit card used to pay for the account", []order.Category{order.Names, order.Addresses, order.Emails, order.CardHolder}},
		{"the subscriber to whom the listed IP addresses were assigned at the listed times, and the subscriber's e-mail address", []order.Category{order.Emails}},
		{"the name and telephone numbers of the subscriber to whom Example assigned the listed IP addresses at the listed dates and times", []order.Category{order.Names, order.Phones}},
		{"the serial numbers and other unique identifiers of every device signed in to the account", []order.Category{order.DeviceIDs}},
		{"the make, model and serial number of each device used to access the account", []order.Category{order.DeviceIDs}},
		{"the memo text of every payment sent to or from the account", []order.Category{order.Content}},
		{"the name and billing address of any person who paid for a subscription for the account", []order.Category{order.CardHolder}},
		{"all Snaps, Chats, Stories and saved Memories created by or sent from the accounts", []order.Category{order.Content}},
		{"all photos and videos uploaded to the account", []order.Category{order.Content}},
		{"the date, time and IP address of each account's registration", []order.Category{order.AccountCreation}},
		{"the IP addresses from which each review was posted, with dates and times", []order.Category{order.AccessLogs}},
		{"the IP addresses from which each account was created and from which each review was posted, with dates and times", []order.Category{order.AccessLogs, order.AccountCreation}},
		{"subscriber information (name, address, e-mail, phone)", []order.Category{order.Names, order.Addresses, order.Emails, order.Phones}},
		{"IP logs for the account", []order.Category{order.AccessLogs}},
		{"copies of the files cached by Cloudflare for the domain", []order.Category{order.Content}},
		{"payment-card and other payment information", []order.Category{order.CardHolder, order.OtherPayment}},
		{"for each address, the names of the account holder and the telephone numbers associated with it", []order.Category{order.Names, order.Phones}},
		{"for each e-mail address, the name and billing address of the holder of any payment card on file", []order.Category{order.CardHolder}},
		{"the IP address logs of the account from June 1, 2024", []order.Category{order.AccessLogs}},
	}
	v := vocabulary()
	for _, tt := range tests {
		t.Run(tt.item, func(t *testing.T) {
			rt := readRequest(v, newText(tt.item, nil), tt.item, 0, len(tt.item))
			if !slices.Equal(rt.req.Categories, tt.want) {
				t.Errorf("categories %v, want %v", rt.req.Categories, tt.want)
			}
		})
	}
}

// TestRequestLists: requests numbered on lines, labelled, or run into a
// sentence, with the standard of the words that lead into them.
func TestRequestLists(t *testing.T) {
	tests := []struct {
		name     string
		requests string
		standard order.Standard
		cats     []order.Category
	}{
		{"labelled", `The proposed subpoena contains two requests:

REQUEST NO. 1: ALL DOCUMENTS showing the names and telephone numbers registered with the ACCOUNT.

REQUEST NO. 2: ALL DOCUMENTS showing the IP addresses, with dates and times, from which the ACCOUNT was accessed.

Id.`, order.AllDocuments, []order.Category{order.Names, order.Phones, order.AccessLogs}},
		{"what a party asks the Court, in a list after the requests", `The proposed subpoena asks Example to produce documents sufficient to show, for the ACCOUNT, the names and e-mail addresses of its holder. Dkt. No. 1-1.

Kumo now asks the Court (1) to authorize its telephone-number request, (2) to authorize its payment-card request, and (3) to shorten the account holder's time to move from thirty days to fourteen.`, order.SufficientToShow, []order.Category{order.Names, order.Emails}},
		{"numbered requests that list their own parts in their sentence", `The proposed subpoena makes two requests:

1. ALL DOCUMENTS showing the following information ever registered with the ACCOUNT: (i) names; (ii) e-mail addresses; and (iii) telephone numbers.

2. ALL DOCUMENTS showing the IP addresses, with dates and times, of each log-in to the ACCOUNT.

Dkt. No. 1-1.`, order.AllDocuments, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"numbered paragraphs of a memorandum around the list", `     1.   Kumo alleges that an unknown person, writing from the ACCOUNT, induced its staff to wire money to bank accounts in Lithuania. The holder is not known. Kumo has filed a criminal complaint in Tokyo.

     2.   The proposed subpoena asks Example to produce documents sufficient to identify the holder, in two categories: (1) the names of the account holders; and (2) the e-mail addresses associated with the account. ECF No. 1-2.

     3.   Section 1782(a) authorizes a district court to order a person found in the district to produce documents for use in a foreign proceeding. The requirements are met here.`, order.SufficientToShow, []order.Category{order.Names, order.Emails}},
		{"a list of recommended conditions after the requests", `The proposed subpoena asks Example to produce documents sufficient to show, for the ACCOUNT: (1) the names of its holder; and (2) the e-mail addresses associated with it. Dkt. No. 1-1.

The Report recommends these conditions:

    (a) Example shall notify the holder within ten (10) days of receiving the subpoena, by sending a copy of the subpoena to the e-mail address or addresses associated with the Account;

    (b) the holder shall have twenty-one (21) days from the date of the notice to file a motion to quash or modify the subpoena; and

    (c) Kumo shall use the information produced solely for the civil proceeding in Japan.`, order.SufficientToShow, []order.Category{order.Names, order.Emails}},
		{"run into a sentence", `The proposed subpoena seeks, for the ACCOUNT, documents sufficient to show: (1) the names and e-mail addresses registered with it; (2) the date and time it was created; and (3) the IP addresses of each log-in from March 1, 2024 through the date of production. Dkt. No. 1-1.`, order.SufficientToShow, []order.Category{order.Names, order.Emails, order.AccessLogs, order.AccountCreation}},
		{"standard in the lead-in", `The proposed subpoena asks Example for documents sufficient to show, for the ACCOUNT:

1. The e-mail addresses and telephone numbers associated with it;

2. The names and billing addresses of the holder of any credit card used to pay for it.

Dkt. No. 1-1.`, order.SufficientToShow, []order.Category{order.Emails, order.Phones, order.CardHolder}},
		{"run in, in a recital that ends with a semicolon", `WHEREAS, the proposed subpoena asks Example to produce (1) all documents showing the e-mail addresses registered with the ACCOUNT; and (2) all documents showing the IP addresses of each log-in to the ACCOUNT;

NOW, THEREFORE, the Court addresses the application as follows.`, order.AllDocuments, []order.Category{order.Emails, order.AccessLogs}},
		{"labelled without No., one to a line", `The proposed subpoena requests:

Request 1: Documents sufficient to identify the name of the account holder.
Request 2: Documents sufficient to identify all e-mail addresses and telephone numbers associated with the account.

Dkt. No. 1-1.`, order.SufficientToShow, []order.Category{order.Names, order.Emails, order.Phones}},
		{"the discussion's numbered paragraphs after the list", `The proposed subpoena asks Example to produce:

1. All documents showing the names registered with the ACCOUNT;

2. All documents showing the e-mail addresses registered with the ACCOUNT.

Dkt. No. 1-1.

3. Kumo says that the device identifiers of the account holder's telephone would not identify anyone.`, order.AllDocuments, []order.Category{order.Names, order.Emails}},
		{"lettered, run into a sentence", `The proposed subpoena seeks documents sufficient to show, for the ACCOUNT: (a) the names and e-mail addresses registered with it; (b) the name and billing address of the holder of any credit card used to pay for it; and (c) the IP addresses of each log-in from March 1, 2024 through the date of production. Dkt. No. 1-1.`, order.SufficientToShow, []order.Category{order.Names, order.Emails, order.CardHolder, order.AccessLogs}},
		{"in roman numerals, run into a sentence", `The amended subpoena seeks documents sufficient to show, for each Account: (i) the name, if any, and the e-mail address provided at registration; (ii) the date, time and IP address of the Account's registration; and (iii) the IP addresses, with dates and times, of log-ins to the Account from January 1, 2024 through May 31, 2024.`, order.SufficientToShow, []order.Category{order.Names, order.Emails, order.AccountCreation, order.AccessLogs}},
		{"lettered with capitals, on lines", `The proposed subpoena (ECF No. 1-4) contains three requests:

A. All documents showing the customer's name, postal address and e-mail addresses.

B. All documents showing the name and billing address of the holder of any credit card on file.

C. All documents showing the IP addresses, with dates and times, from which the customer portal was accessed.

II. Legal Standard`, order.AllDocuments, []order.Category{order.Names, order.Addresses, order.Emails, order.CardHolder, order.AccessLogs}},
		{"the discussion's lettered sections after the list", `The proposed subpoena asks Example to produce:

1. All documents showing the names registered with the ACCOUNT;

2. All documents showing the e-mail addresses registered with the ACCOUNT.

Dkt. No. 1-1.

A. Statutory Requirements

The subpoena seeks the telephone numbers Example holds, the requirements are met.

B. Intel Factors

The request for device identifiers of the account holder's telephone is not before the Court.`, order.AllDocuments, []order.Category{order.Names, order.Emails}},
		{"lettered, in a numbered paragraph of findings", `1. Kumo is a trading company in Osaka. Its customers received anonymous messages in 2024.

2. Kumo's Japanese counsel explains that Kumo intends to sue the sender in Japan.

3. The proposed subpoena asks Example for documents sufficient to show, for the ACCOUNT: (a) the names and telephone numbers registered with it; and (b) the IP addresses of each log-in from March 1, 2024 through the date of production. Dkt. No. 1-1.

4. The statutory requirements are met, and the discretionary factors favor discovery.`, order.SufficientToShow, []order.Category{order.Names, order.Phones, order.AccessLogs}},
		{"described in prose, numbered in words", `The proposed subpoena contains two requests. Request One seeks all documents showing the names and e-mail addresses registered with the ACCOUNT. Request Two seeks all documents showing the IP addresses of each log-in to the ACCOUNT from March 1, 2024 through the date of production. Dkt. No. 1-1.`, order.AllDocuments, []order.Category{order.Names, order.Emails, order.AccessLogs}},
		{"described in prose, numbered", `The proposed subpoena contains two requests. Request No. 1 seeks "all documents" showing the names and e-mail addresses registered with the ACCOUNT. Request No. 2 seeks all documents showing the IP addresses of each log-in to the ACCOUNT from March 1, 2024 through the date of production. Dkt. No. 1-1.`, order.AllDocuments, []order.Category{order.Names, order.Emails, order.AccessLogs}},
		{"double-spaced, run into a sentence", "The proposed subpoena seeks documents sufficient to show: (1) the names and e-mail\n\naddresses registered with the ACCOUNT; and (2) for the\n\nACCOUNT, the IP addresses, with dates and times, of each log-in since March 1, 2024.\n\nKumo's declaration explains why.", order.SufficientToShow, []order.Category{order.Names, order.Emails, order.AccessLogs}},
		{"labelled by number and a gloss in parentheses", `The proposed subpoena (Dkt. No. 1-1) has three requests, each for "all documents" showing, for the ACCOUNT:

    Request 1 (subscriber details): the names and postal addresses on file for the ACCOUNT;

    Request 2 (billing): the name of the holder of each credit card charged for the ACCOUNT, but not the card number; and

    Request 3 (sign-ins): the IP addresses, with dates and times, of each log-in to the ACCOUNT since March 1, 2024.

Kumo's declaration says Request 3 matters most.`, order.AllDocuments, []order.Category{order.Names, order.Addresses, order.CardHolder, order.AccessLogs}},
		{"lettered in capitals inline, each for documents sufficient to show", `The proposed subpoena contains five requests, each for documents sufficient to show the item requested. For the account it seeks the holder's (A) name, (B) addresses, (C) e-mail addresses and (D) telephone numbers; and (E) the IP addresses, with dates and times, from which the account was accessed since January 1, 2024. (ECF No. 1-2.)`, order.SufficientToShow, []order.Category{order.Names, order.Addresses, order.Emails, order.Phones, order.AccessLogs}},
		{"described by ordinals, each standard in quotation marks", `The proposed subpoena contains three requests. The first seeks "all documents" identifying the holder by name, postal address and telephone number. The second seeks "all documents" showing the name and billing address of the holder of any credit card used to pay for the account. The third seeks "all documents" showing the IP addresses, with dates and times, of every log-in to the account since January 1, 2024. (Doc. 1-1, Ex. A.) The proposed order would have Example notify the holder within ten days.`, order.AllDocuments, []order.Category{order.Names, order.Addresses, order.Phones, order.CardHolder, order.AccessLogs}},
		{"lettered, with items of their own in roman numerals", `The proposed subpoena shall call only for documents sufficient to show the following, for the ACCOUNT:

   (a) Registration data, meaning:
       (i) the name provided by the holder;
       (ii) the telephone numbers provided at registration; and
       (iii) the date and time of the account's creation;

   (b) Recovery contacts, meaning any recovery e-mail address; and

   (c) IP logs, meaning the IP addresses of each log-in from March 1, 2024 through the date of the subpoena.

Dkt. No. 1-1.`, order.SufficientToShow, []order.Category{order.Names, order.Phones, order.AccountCreation, order.Emails, order.AccessLogs}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Read(draft{requests: tt.requests, conclusion: "The application is GRANTED. Kumo may serve the proposed subpoena on Example."}.String())
			var cats []order.Category
			for _, r := range p.Order.Requests {
				if r.Standard != tt.standard {
					t.Errorf("request %d: standard %q, want %q", r.Number, r.Standard, tt.standard)
				}
				cats = append(cats, r.Categories...)
			}
			slices.Sort(cats)
			want := slices.Clone(tt.cats)
			slices.Sort(want)
			if !slices.Equal(cats, want) {
				t.Errorf("categories %v, want %v", cats, want)
			}
		})
	}
}

// TestDeniedCategories: requests denied or struck, categories refused by
// name, and a subpoena limited to some requests; what is denied is not
// allowed.
func TestDeniedCategories(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		denied  []order.Category
		allowed []order.Category
	}{
		{"request denied", "Request No. 3 is DENIED.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"a subpoena from which the requests for what they name shall be deleted", "The application is GRANTED IN PART and DENIED IN PART. Kumo may serve on Example a subpoena in the form of Exhibit A to the application, from which the requests for device identifiers and for log-in records shall be deleted.", []order.Category{order.AccessLogs, order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones}},
		{"denied as to requests glossed", "The application is DENIED as to Request 3 (identifiers of devices, including IMEI numbers) and Request 4 (log-in records).", []order.Category{order.AccessLogs, order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones}},
		{"denied as to requests glossed at length, over lines", "The Application is DENIED as to Request 3 (identifiers of devices, including IMEI numbers, serial numbers and\n     advertising identifiers) and Request 4 (log-in\n     records).", []order.Category{order.AccessLogs, order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones}},
		{"a request of the subpoena glossed after, denied", "Request 3 of the proposed subpoena (identifiers of devices) is DENIED.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"a request glossed, then a colon and the ruling", "Request No. 3 (identifiers of devices): DENIED.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"denied insofar as it seeks what a request marked seeks", "The application is DENIED insofar as it seeks the contents of any e-mail sent from the account (Request No. 3).", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"request deleted", "Kumo may serve the subpoena, except that Request No. 3 shall be deleted.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"request struck", "The Court strikes Request No. 3.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"denied as to", "The application is denied as to device identifiers.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"request for, denied", "The request for device identifiers (Request No. 3) is denied.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"requests for, ruled from the bench and told in a minute entry: were DENIED", "The requests for device identifiers (Request No. 3) and for the log-in records (Request No. 2) were DENIED as unnecessary to identify the account holder.", []order.Category{order.AccessLogs, order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones}},
		{"request for, remains denied", "The request for device identifiers remains DENIED.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"limited to requests", "Kumo may serve a subpoena containing Requests 1 and 3 only.", []order.Category{order.AccessLogs}, []order.Category{order.Names, order.Emails, order.Phones, order.DeviceIDs}},
		{"a subpoena with a request, glossed, deleted", "Kumo may serve on Example a subpoena in the form of Exhibit A, modified so that Requests 1 and 2 call for documents sufficient to show the information described, and with Request 3 (device identifiers) deleted.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"limited to requests, one a lettered part of another", "Kumo may serve a subpoena limited to Requests 1, 1a and 3.", []order.Category{order.AccessLogs}, []order.Category{order.Names, order.Emails, order.Phones, order.DeviceIDs}},
		{"may not seek", "Kumo may not seek the log-in records of the account.", []order.Category{order.AccessLogs}, []order.Category{order.Names, order.Emails, order.Phones, order.DeviceIDs}},
		{"declines to authorize", "The Court declines to authorize Request No. 3.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"struck, of an attachment", "IT IS FURTHER ORDERED that Request No. 3 of Attachment A is STRICKEN.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"a defined term that does not include", "As used in this Order and in the Subpoena, \"Subscriber Information\" does not include device identifiers of any kind.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"not authorized, passive", "Request 3 is not authorized.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"requests allowed, numbered in words", "Kumo may serve a subpoena containing Requests One and Three of the proposed subpoena.", []order.Category{order.AccessLogs}, []order.Category{order.Names, order.Emails, order.Phones, order.DeviceIDs}},
		{"requests denied, numbered in words", "Requests Two and Three are DENIED.", []order.Category{order.AccessLogs, order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones}},
		{"ordinal", "The third request is denied.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"request quashed", "Request No. 3 (device identifiers) is QUASHED.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"request in parentheses stricken", "Request (3) is STRICKEN and shall not be included in the subpoena.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"requests in parentheses allowed", "Kumo may serve a subpoena containing Requests (1) through (2) of its proposed subpoena.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"the request for, denied, and not sought", "The request for the device identifiers of any telephone is DENIED, and the subpoena shall not seek them.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"denied and omitted", "Request No. 3 is DENIED and shall be omitted from the subpoena.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"except a request", "Kumo may serve the proposed subpoena, except Request No. 3.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"except as to a request", "Kumo may serve the proposed subpoena except as to Request No. 3.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"with the exception of a request", "Kumo may serve the proposed subpoena, with the exception of Request No. 3.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"other than a request", "Kumo may serve the proposed subpoena, other than Request No. 3.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"shall not include a request", "The subpoena shall not include Request No. 3.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"shall not include a category", "The subpoena shall not include device identifiers.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"will not be allowed", "Request No. 3 will not be allowed.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"denied as to another thing and as to requests", "The application is DENIED as to the second account and as to Requests 2 and 3.", []order.Category{order.AccessLogs, order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones}},
		{"a request not listed, denied with what it seeks after 'seeking'", "Request No. 5, seeking the contents of messages sent from or received by the accounts, is DENIED.", []order.Category{order.Content}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs, order.DeviceIDs}},
		{"a request not listed, denied with what it seeks", "Request No. 5 of the proposed subpoena, which seeks the contents of all direct messages, voice notes, and chats sent from the ACCOUNT, is DENIED.", []order.Category{order.Content}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs, order.DeviceIDs}},
		{"a request not listed, denied, what it seeks not said", "Request No. 5 of the proposed subpoena is DENIED.", nil, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs, order.DeviceIDs}},
		{"granted as to some, denied as to a category", "The application is GRANTED as to the names, e-mail addresses and telephone numbers and DENIED as to the device identifiers.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"the request for, not authorized", "Kumo's request for device identifiers is not authorized.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"beyond the scope of this Order", "Device identifiers are beyond the scope of this Order and shall not be produced.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"a request withdrawn: taken back, not refused", "Request No. 3 is withdrawn.", nil, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"the applicant has withdrawn a request: taken back, not refused", "Kumo has withdrawn Request No. 3, and the Court does not consider it.", nil, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"the applicant withdraws requests in a stipulation so ordered: not refused", "Kumo withdraws Requests 2 and 3 of the subpoena proposed with the Application.", nil, []order.Category{order.Names, order.Emails, order.Phones}},
		{"a request withdrawn, which the court would not authorize in any event: refused", "Request No. 3 is withdrawn, and the Court would not authorize it in any event.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"granted except as to what a request seeks", "The application is GRANTED except as to the device identifiers sought in Request No. 3.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"a subpoena limited to documents sufficient to show what two requests seek", "Kumo may serve on Example Social, Inc. a subpoena limited to documents sufficient to show the information in Requests 1 and 2 of Dkt. No. 1-1.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"two requests allowed, and part of a third", "Kumo may serve on Example a subpoena limited to documents sufficient to show the information in Requests 1 and 2 and the device identifiers in Request 3 for the period from January 1, 2024.", nil, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs, order.DeviceIDs}},
		{"the subpoena served without a request", "Kumo may serve on Example Social, Inc. the subpoena at Dkt. No. 11-3, without Request 3, together with this order.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"denied as to a request", "The application is DENIED as to Request No. 3.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"the Court denies a request", "The Court denies Request No. 3.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"a request, which is denied", "The application is GRANTED except as to Request No. 3, which is DENIED.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"a category excluded from the subpoena", "Device identifiers are excluded from the subpoena.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"no category shall be produced", "No device identifiers shall be produced.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"a production delayed is no denial", "No names or e-mail addresses shall be produced until the Court rules on any motion to quash.", nil, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs, order.DeviceIDs}},
		{"the subpoena's reach delayed is no denial", "The subpoena shall not reach device identifiers before the account holder has had notice.", nil, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs, order.DeviceIDs}},
		{"except that a request is limited", "Kumo may serve the proposed subpoena, except that Request No. 3 is limited to devices used since March 1, 2024.", nil, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs, order.DeviceIDs}},
		{"except as to a request, which is limited", "Kumo may serve the proposed subpoena, except as to Request No. 3, which is limited to devices used since March 1, 2024.", nil, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs, order.DeviceIDs}},
		{"a request, which is modified", "Request No. 3, which is modified as stated above, may be served.", nil, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs, order.DeviceIDs}},
		{"what the notice shall not include is no denial", "Example shall notify each account holder within fourteen (14) days of service of the subpoena. The notice shall not include the names or e-mail addresses of other account holders.", nil, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs, order.DeviceIDs}},
		{"what is not disclosed in the notice is no denial", "Example shall notify each account holder within fourteen (14) days of service of the subpoena. No names of other account holders shall be disclosed in the notice.", nil, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs, order.DeviceIDs}},
		{"no request other than one: the others are denied", "Kumo may serve no request other than Request No. 1 and Request No. 2.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"not any request except one: the others are denied", "The subpoena shall not contain any request except Requests 1 and 2.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"requests denied, each described in parentheses", "Requests (2) (log-in records) and (3) (device identifiers) are DENIED without prejudice.", []order.Category{order.AccessLogs, order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones}},
		{"granted in all respects except a request, after a docket number", "ORDERED that the application, ECF No. 1, is GRANTED IN PART: it is granted in all respects except Request No. 3 (device identifiers), which is DENIED.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"the request for a category, numbered in parentheses, denied", "The request for the identifiers of the devices used (Request (3)) is DENIED.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"a docket number is no negation: the request set apart is denied", "The application (Dkt. No. 1) is granted, other than Request No. 3.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"a request not mentioned is not denied", "Request (2) is limited to log-ins from March 1, 2024.", nil, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs, order.DeviceIDs}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Read(conclusionWith(tt.text))
			checkScope(t, p.Order, tt.allowed, tt.denied)
		})
	}
}

// TestCardFields: the card fields a request or the order leaves out,
// however phrased, and an exclusion taken back.
func TestCardFields(t *testing.T) {
	cardRequests := `The proposed subpoena asks Example to produce:

1. All documents showing the names and e-mail addresses registered with the ACCOUNT;

2. All documents showing the names and billing addresses of the holder of any credit card registered with the ACCOUNT%s.

Dkt. No. 1-1.`
	tests := []struct {
		name, inRequest, inConclusion string
		want                          []order.Field
	}{
		{"the number or the expiration date of any payment card", "", "Request No. 2 is limited to the name and billing address of the cardholder. The subpoena shall not call for the number or the expiration date of any payment card.", []order.Field{order.CardNumber, order.CardExpiration}},
		{"does not reach the number, expiration date, or card verification value of any card", "", "The subpoena does not reach the number, expiration date, or card verification value of any card.", []order.Field{order.CardNumber, order.CardExpiration, order.CardSecurityCode}},
		{"the words struck from a request", "", "The words \"card number\" and \"security code\" are struck from Request 2, which otherwise stands.", []order.Field{order.CardNumber, order.CardSecurityCode}},
		{"but not, a parenthesis inside", ", but not the card number (other than its last four digits) or the card's expiration date", "", []order.Field{order.CardNumber, order.CardExpiration}},
		{"no other card data, such as", ", and no other card data, such as the card number, expiration date, or security code", "", []order.Field{order.CardNumber, order.CardExpiration, order.CardSecurityCode}},
		{"but not, in parentheses", " (but not the card number, expiration date, or CVV)", "", []order.Field{order.CardNumber, order.CardExpiration, order.CardSecurityCode}},
		{"the account number of that card", ", but not the account number, expiration date, or security code of that card", "", []order.Field{order.CardNumber, order.CardExpiration, order.CardSecurityCode}},
		{"other than the full account number", ", other than the full account number, the date of expiry and the security code", "", []order.Field{order.CardNumber, order.CardExpiration, order.CardSecurityCode}},
		{"after a semicolon, not the card's fields", "", "Request No. 2 is allowed for the name and billing address of the card holder only; not the card number or expiration date.", []order.Field{order.CardNumber, order.CardExpiration}},
		{"excluding", ", excluding the full card number and security code", "", []order.Field{order.CardNumber, order.CardSecurityCode}},
		{"taken back", ", excluding the card number and security code, but not the expiration date", "", []order.Field{order.CardNumber, order.CardSecurityCode}},
		{"shall not reach", "", "The subpoena shall not reach card numbers or expiration dates.", []order.Field{order.CardNumber, order.CardExpiration}},
		{"shall exclude", "", "Request No. 2 shall exclude the card's verification code.", []order.Field{order.CardSecurityCode}},
		{"redacted", "", "Example may produce the card holder's name with the card number and security code redacted.", []order.Field{order.CardNumber, order.CardSecurityCode}},
		{"verification value", ", excluding any full card number, expiry date and card verification value", "", []order.Field{order.CardNumber, order.CardExpiration, order.CardSecurityCode}},
		{"not to include", ", not to include the card's expiration date", "", []order.Field{order.CardExpiration}},
		{"the day the card expires, in words", "", "The subpoena shall not reach any card number or the date on which the card expires.", []order.Field{order.CardNumber, order.CardExpiration}},
		{"but no card numbers", "", "Kumo may serve a subpoena consisting of Requests 1 and 2, which may seek all documents showing the information requested, but no card numbers.", []order.Field{order.CardNumber}},
		{"with no card numbers", "", "Example may produce the card holder's name and billing address, with no card numbers or security codes.", []order.Field{order.CardNumber, order.CardSecurityCode}},
		{"but no later than: no field", "", "Example shall produce the card holder's name, but no later than thirty (30) days after the notice.", nil},
		{"card numbers shall not be produced", "", "Card numbers and security codes shall not be produced.", []order.Field{order.CardNumber, order.CardSecurityCode}},
		{"no card number shall be disclosed", "", "No card number or expiration date shall be disclosed.", []order.Field{order.CardNumber, order.CardExpiration}},
		{"the card holder's name not produced until: no field", "", "The card holder's name shall not be produced until the Court rules.", nil},
		{"card numbers produced: no exclusion", "", "The card holder's name and the card number shall be produced.", nil},
		{"with the exception of", `, "with the exception of the card number, expiry date, and the security code printed on the reverse of the card"`, "", []order.Field{order.CardNumber, order.CardExpiration, order.CardSecurityCode}},
		{"minus", "", "Request No. 2 calls for the cardholder's name and billing address minus the full card number and the expiry date.", []order.Field{order.CardNumber, order.CardExpiration}},
		{"other than the card's full number, its date of expiry", ", other than the card's full number, its date of expiry and the CVC", "", []order.Field{order.CardNumber, order.CardExpiration, order.CardSecurityCode}},
		{"omitted, after the fields", "", "Kumo may serve the subpoena, with Request No. 2 limited to the name and billing address of the holder of any credit card, and the card number, expiry and security code omitted.", []order.Field{order.CardNumber, order.CardExpiration, order.CardSecurityCode}},
		{"the card holder's name omitted from the notice: no field", "", "The card holder's name and billing address, and the card number, shall be produced; the account holder's name may be omitted from the notice.", nil},
		{"stripped of", "",
			"The payment records produced in response to Request No. 2 shall be stripped of the card number and the expiration date.", []order.Field{order.CardNumber, order.CardExpiration}},
		{"no digit of", "", "Request No. 2 shall seek only the name and billing address of the card holder, and no digit of the card number, and not the card's expiration date.", []order.Field{order.CardNumber, order.CardExpiration}},
		{"shall not produce, with a comma", "", "The subpoena does not seek, and Example shall not produce, any payment card number.", []order.Field{order.CardNumber}},
		{"primary account number", "", "Any payment information Example produces in response to Request 2 shall not include the primary account number, expiration date, or card security code of any payment card.", []order.Field{order.CardNumber, order.CardExpiration, order.CardSecurityCode}},
		{"shall not include the card's fields: the card holder stays allowed", "", "Any payment information Example produces shall not include the primary account number or expiration date of any payment card.", []order.Field{order.CardNumber, order.CardExpiration}},
		{"shall redact", "", "Example shall redact the card number and expiration date from any record it produces.", []order.Field{order.CardNumber, order.CardExpiration}},
		{"need not produce", "", "Example need not produce any card number or security code.", []order.Field{order.CardNumber, order.CardSecurityCode}},
		{"the request for the card number denied", "", "The request for the card number is DENIED.", []order.Field{order.CardNumber}},
		{"save for", ", save for the card's security code", "", []order.Field{order.CardSecurityCode}},
		{"limited to the name and address: no field named", "", "Request No. 2 is limited to the card holder's name and billing address.", nil},
		{"with the exception of a request: no field", "", "Example shall produce the card holder's name, with the exception of any card used only once.", nil},
		{"the validity date is the expiration date", ", other than the card's number, validity date and CVC", "", []order.Field{order.CardNumber, order.CardExpiration, order.CardSecurityCode}},
		{"masked in full, and not produced", "", "In response to Request No. 2, any card number shall be masked in full, and the card's expiry date shall not be produced.", []order.Field{order.CardNumber, order.CardExpiration}},
		{"the card number produced unmasked: no field", "", "The card holder's name and the card number shall be produced unmasked.", nil},
		{"the full number and the code, in a paragraph of their own", "", "\n\n2. The full card number and the card security code shall not be produced.", []order.Field{order.CardNumber, order.CardSecurityCode}},
		{"the full number and the code shall not be produced", "", "The full card number and the card security code shall not be produced.", []order.Field{order.CardNumber, order.CardSecurityCode}},
		{"redacting, in a participle", "", "Example shall produce the card holder's name, redacting any credit card number, CVV and expiration date.", []order.Field{order.CardNumber, order.CardExpiration, order.CardSecurityCode}},
		{"shall not call for", "", "Request No. 2 shall not call for any payment card number or any card verification code (CVV2/CVC2).", []order.Field{order.CardNumber, order.CardSecurityCode}},
		{"the month and year in which the card expires", "", "Request No. 2 shall seek the name and billing address of the card holder while omitting the card number and the month and year in which the card expires.", []order.Field{order.CardNumber, order.CardExpiration}},
		{"the number of any payment card", "", "Example shall not produce the number of any payment card or any card verification code.", []order.Field{order.CardNumber, order.CardSecurityCode}},
		{"only the last four digits", "", "Example shall produce only the last four digits of any credit card number.", []order.Field{order.CardNumber}},
		{"all but the last four digits masked, and no expiry or code", "", "Example shall mask all but the last four digits of the card number and shall not produce the card's expiration date or security code.", []order.Field{order.CardNumber, order.CardExpiration, order.CardSecurityCode}},
		{"shall not require production of", "", "The subpoena shall not require production of payment card numbers.", []order.Field{order.CardNumber}},
		{"shall not be required to produce", "", "Example shall not be required to produce card numbers or security codes.", []order.Field{order.CardNumber, order.CardSecurityCode}},
		{"does not extend to", "", "The subpoena does not extend to card numbers.", []order.Field{order.CardNumber}},
		{"revised to drop the request for card numbers and expiration dates", "", "Kumo may serve the subpoena once it has been revised to call for documents sufficient to show the information described above and to drop the request for card numbers and expiration dates.", []order.Field{order.CardNumber, order.CardExpiration}},
		{"nothing else printed on or encoded in the card: not its number, its expiration date or the code on its back", "", "The subpoena may seek the name and billing address of the holder of any payment card used on the accounts, but nothing else printed on or encoded in the card: not its number, not its expiration date, and not the three-digit code on its back.", []order.Field{order.CardNumber, order.CardExpiration, order.CardSecurityCode}},
		{"none", "", "", nil},
		{"modified as stated above, the change said after the reference", "", "The subpoena is in the form of Attachment A, modified as stated above so that it seeks no credit card numbers, CVV codes or expiration dates.", []order.Field{order.CardNumber, order.CardSecurityCode, order.CardExpiration}},
		{"shall not be read to call for full card numbers", "", "To remove any doubt, the subpoena shall not be read to call for full card numbers, expiration dates, or card verification values, and the Court does not authorize their production.", []order.Field{order.CardNumber, order.CardExpiration, order.CardSecurityCode}},
		{"revised so that it does not call for the full number or the expiration date of any payment card", "", "The subpoena is revised so that it calls for documents sufficient to show the information\nlisted, and so that it does not call for\nthe full number or the expiration date of any payment card.", []order.Field{order.CardNumber, order.CardExpiration}},
		{"modified so that it does not seek the full card number, the expiration date, or the card security code", "", "The subpoena is modified so that it does not seek the full card number, the\nexpiration date, or the card security code of any payment card.", []order.Field{order.CardNumber, order.CardExpiration, order.CardSecurityCode}},
		{"is not to produce the primary account number or its card verification value", "", "The subpoena shall be revised to state that Example is not to produce the primary account number of any card or its card verification value.", []order.Field{order.CardNumber, order.CardSecurityCode}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := draft{
				requests:   strings.Replace(cardRequests, "%s", tt.inRequest, 1),
				conclusion: "The application is GRANTED. Kumo may serve the proposed subpoena on Example. " + tt.inConclusion,
			}
			p := Read(d.String())
			got := slices.Clone(p.Order.ExcludedFields)
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("excluded %v, want %v", got, want)
			}
			if !p.Order.Allows(order.CardHolder) {
				t.Error("the card holder's name and address are allowed")
			}
		})
	}
}

// TestHoldScope: what a contest holds back, read from what the order
// withholds; a production delayed by some days is not a hold.
func TestHoldScope(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		hold    bool
		scope   order.HoldScope
		delayed bool
	}{
		{"whole subpoena", "If a motion is filed, Example shall preserve, but not disclose, the information sought by the subpoena until the Court resolves the motion.", true, order.WholeSubpoena, false},
		{"the information covered by the subpoena, as to any account", "Example must preserve the information covered by the subpoena, as modified. If any account holder files a timely motion, Example must not produce any of the information covered by the subpoena, as to any account, until the Court rules on the motion.", true, order.WholeSubpoena, false},
		{"the information responsive to the subpoena concerning the Second Account", "If the holder of the Second Account files a motion or serves an objection, Example shall preserve the information responsive to the subpoena concerning the Second Account and shall not produce it until the Court has ruled.", true, order.ObjectorAccounts, false},
		{"until a timely motion or objection has been resolved, retain and produce none", "Until a timely motion or objection has been resolved, Example shall retain all materials responsive to the subpoena and shall produce none of them.", true, order.WholeSubpoena, false},
		{"hold the entire production until the Court rules", "Example shall preserve the subpoenaed information, and, if a motion or objection is made, Example shall hold the entire production until the Court rules.", true, order.WholeSubpoena, false},
		{"preserve, but not yet produce, that holder's information", "If an account holder moves or objects, Example shall preserve, but shall not yet produce, the information concerning that account holder until the Court has ruled.", true, order.ObjectorAccounts, false},
		{"objector's account, two sentences", "Example shall preserve the information sought by the subpoena. Example shall not produce the information of any account holder who has objected until the Court has ruled on the objection.", true, order.ObjectorAccounts, false},
		{"a holder's information while that holder's motion is pending", "Example shall preserve the information responsive to the allowed requests. It shall not produce any shop owner's information while that owner's motion or objection is pending, but it need not hold back the information of shop owners who have not moved or objected once the time to do so has passed.", true, order.ObjectorAccounts, false},
		{"production delayed only of that holder's information, a moving holder's held", "Example shall preserve the responsive information in the meantime. Because the two accounts may well belong to different people, a motion by one account holder shall delay production only of the information concerning that holder's account; Example shall produce the information concerning any account whose holder has not moved once the thirty days have run, and shall hold the information concerning a moving holder's account until the motion is decided.", true, order.ObjectorAccounts, false},
		{"withheld across a page's foot, its case number in parentheses", "Example shall preserve the information responsive to the subpoena. If an account holder files a motion or sends an objection letter, Example shall not\n\nORDER GRANTING APPLICATION - 5\n(2:24-mc-00064-ABC)\n\n\nCase 2:24-mc-00064-ABC Document 12 Filed 06/24/24 Page 6 of 6\n\nproduce the information concerning that holder's account until the Court has resolved the motion or objection, but shall produce the information concerning the other accounts when due.", true, order.ObjectorAccounts, false},
		{"not delete, alter, or release", "An account holder may file a motion to quash or modify the subpoena within 28 days from the date the e-mail notice is sent. While any such motion is pending, Example shall not delete, alter, or release any information called for by the subpoena.", true, order.WholeSubpoena, false},
		{"nothing under the subpoena", "Example shall preserve the subpoenaed information and, if a motion or objection is made, shall produce nothing under the subpoena until the Court has ruled.", true, order.WholeSubpoena, false},
		{"responsive information, no article", "If a holder moves to quash, Example shall not produce responsive information until the Court has decided the motion, and shall maintain the responsive information intact until then.", true, order.WholeSubpoena, false},
		{"a kept paragraph's duty to withhold all of it", "Example shall preserve the information and shall withhold all of it while any motion or objection is pending.", true, order.WholeSubpoena, false},
		{"that user's information", "If a user objects, Example shall not disclose that user's information pending the Court's ruling, and shall preserve it.", true, order.ObjectorAccounts, false},
		{"the information concerning that Account, the others produced", "Example shall preserve the information responsive to the subpoena. If the holder of an Account files a motion or makes an objection, Example shall not produce the information concerning that Account until the motion or objection has been resolved, but may produce the information concerning the other Accounts.", true, order.ObjectorAccounts, false},
		{"the information relating to a Reviewer Account whose holder has moved", "Example shall preserve the information called for by the subpoena until the time for any motion or objection has run and any motion or objection has been resolved. Example shall not produce the information relating to a Reviewer Account whose holder has filed a motion or served an objection until the Court has resolved it, but may produce the information relating to the other Reviewer Accounts.", true, order.ObjectorAccounts, false},
		{"passive: preserved by the platform, none of it produced", "So long as any such motion or objection remains unresolved, the information responsive to the subpoena shall be preserved by Example, and none of it, under any request, shall be produced.", true, order.WholeSubpoena, false},
		{"passive: that owner's account shall not be produced", "Example shall preserve the information called for by the subpoena until this matter is finally resolved. If a shop owner files a motion, the information concerning that shop owner's account shall not be produced until the motion has been decided; the information concerning any shop whose owner has not moved may be produced once the thirty days have run.", true, order.ObjectorAccounts, false},
		{"passive: nothing responsive shall be produced", "In the meantime, the information sought by the subpoena shall be preserved by Example. Nothing responsive to the subpoena shall be produced until the twenty-eight-day period has expired and, if any motion or objection has been made, until the Court has resolved it.", true, order.WholeSubpoena, false},
		{"passive: no information shall be produced", "The subpoenaed information shall be preserved by Example. No information shall be produced until the thirty-day period has expired and, if a motion to quash or modify has been filed or a written objection has been served, until the Court has resolved it.", true, order.WholeSubpoena, false},
		{"production shall await the ruling, after a delay: the scope left to a person", "Example shall preserve the information responsive to the subpoena and shall not produce until the fourteen-day period has expired. If a motion or an objection is made within that period, production shall await the Court's ruling on it.", true, "", false},
		{"for as long as a motion remains pending, and during that time not produce any of it", "Example shall preserve the responsive information for as long as any motion or objection remains pending, and during that time it shall not produce any of it. A challenge by either account holder stays production under the entire subpoena.", true, order.WholeSubpoena, false},
		{"keep intact while unresolved; during that time produce nothing", "Example shall keep intact all of the information the subpoena calls for while any motion or objection remains unresolved. During that time it shall produce nothing to Kumo. A challenge by any one of the account holders suspends production under the entire subpoena, not only as to that holder's account.", true, order.WholeSubpoena, false},
		{"keep intact everything the subpoena reaches and hand over none of it, for either account", "For as long as such a motion remains undecided Example shall keep intact everything the subpoena reaches and shall hand over none of it, for either account, until the Court has ruled.", true, order.WholeSubpoena, false},
		{"everything responsive, none of it", "If the account holder files a motion or delivers a written objection, Example shall preserve everything responsive to the subpoena and shall produce none of it until the Court has ruled.", true, order.WholeSubpoena, false},
		{"documents in response to the subpoena for any account", "Example shall preserve the documents responsive to the subpoena. While any motion or written objection remains unresolved, Example shall not produce documents in response to the subpoena for any account.", true, order.WholeSubpoena, false},
		{"until any such motion has been finally decided", "Example shall preserve all information called for by the subpoena and shall produce nothing in response to it until any such motion has been finally decided.", true, order.WholeSubpoena, false},
		{"until every such motion and objection has been resolved", "Example shall retain all information responsive to the subpoena and shall make no production in response to it until every such motion and objection has been resolved.", true, order.WholeSubpoena, false},
		{"withhold the whole of its production", "Example shall preserve the information called for by the subpoena. Example shall withhold the whole of its production while a motion is pending.", true, order.WholeSubpoena, false},
		{"withhold for the contested accounts alone, if only some contest", "Example shall preserve the subpoenaed information until the account holders' time to contest the subpoena has expired and any motion or objection has been resolved. If only some account holders contest the subpoena, Example shall withhold the information for the contested accounts alone and shall produce the information for the others.", true, order.ObjectorAccounts, false},
		{"preserve only", "Example shall preserve the requested information.", false, "", false},
		{"until further order", "Example shall retain the information and shall not disclose it to Kumo until further order of the Court if a motion to quash is filed.", true, "", false},
		{"account of the one who moves", "If a motion is filed, Example shall preserve and shall not produce the information of the account holder who filed it until the Court rules.", true, order.ObjectorAccounts, false},
		{"while unresolved", "While any motion or objection remains unresolved, Example shall preserve, but shall not disclose, the information sought by the subpoena.", true, order.WholeSubpoena, false},
		{"so long as outstanding", "So long as an objection is outstanding, Example shall retain and shall not produce the information sought by the subpoena.", true, order.WholeSubpoena, false},
		{"delayed production", "Example shall not produce any information until fourteen (14) days after notice is given.", false, "", true},
		{"the records of that holder's account, the others produced", "If a holder moves to quash or modify, Example shall preserve the records of that holder's account and shall not produce them until the motion is decided; Example may produce the records of the other accounts.", true, order.ObjectorAccounts, false},
		{"the objecting holder's information", "If a holder objects, Example shall preserve the objecting holder's information and shall not produce it until the Court rules.", true, order.ObjectorAccounts, false},
		{"the information responsive to the subpoena for that account", "If the holder of an account files a motion under paragraph 5, Example shall preserve, but shall not produce, the information responsive to the subpoena for that account until the Court rules on the motion.", true, order.ObjectorAccounts, false},
		{"as to that holder's account", "While a motion by an account holder remains unresolved, Example shall preserve the information sought by the subpoena and shall not produce it as to that holder's account.", true, order.ObjectorAccounts, false},
		{"an account whose holder has moved, after preserving everything", "Example shall preserve all information responsive to the subpoena. Example shall not produce information concerning an account whose holder has filed a motion or made an objection until the Court has resolved the motion or objection.", true, order.ObjectorAccounts, false},
		{"documents concerning an account whose holder has timely moved or objected", "Example shall preserve the documents responsive to the subpoena until this matter is resolved. Example shall not produce documents concerning an Account whose holder has timely moved or objected until the Court rules on the motion or objection. Example may produce the documents concerning any Account whose holder has not moved or objected after the 30 days have run.", true, order.ObjectorAccounts, false},
		{"a holder who has timely filed a motion", "Example shall preserve the information sought by the subpoena, and shall not produce information regarding a holder who has timely filed a motion until the Court rules on it.", true, order.ObjectorAccounts, false},
		{"as to the account whose holder objects", "Example shall preserve the information sought by the subpoena and shall not produce any information as to the account whose holder objects until the Court rules.", true, order.ObjectorAccounts, false},
		{"a holder who files a motion", "Example shall preserve the information sought by the subpoena, and shall not produce information regarding a holder who files a motion until the Court rules on it.", true, order.ObjectorAccounts, false},
		{"preserving everything, withholding any of that information", "Example shall preserve the information sought by the subpoena. If a motion is filed, Example shall not produce any of that information until the Court rules.", true, order.WholeSubpoena, false},
		{"the challenger's account", "If a holder moves to quash, Example shall preserve the information sought by the subpoena and shall not produce the challenger's account information until the Court rules.", true, order.ObjectorAccounts, false},
		{"the objector's records", "If a holder objects, Example shall preserve the information sought by the subpoena and shall not produce the objector's records until the Court rules.", true, order.ObjectorAccounts, false},
		{"a holder's records in words writ does not know: left to a person", "If a holder objects, Example shall preserve the information sought by the subpoena and shall not produce what pertains to whoever objected until the Court rules.", true, "", false},
		{"the whole subpoena, though a holder who objects is named", "If a holder who objects files a motion, Example shall preserve, and shall not produce, the information sought by the subpoena until the Court rules.", true, order.WholeSubpoena, false},
		{"a delay, then the hold, in one sentence", "Example shall not produce any information in response to the subpoena before thirty days have run, and if a motion is filed, Example shall preserve, and shall not produce, any of the information sought by the subpoena until the Court has ruled on the motion.", true, order.WholeSubpoena, false},
		{"any documents, the one holder's", "Example shall preserve all documents responsive to the subpoena and, if the account holder files a motion, shall not produce any documents until the Court has decided the motion.", true, order.WholeSubpoena, false},
		{"any records, of several holders: left to a person", "Example shall preserve all records responsive to the subpoena and, if any of the account holders files a motion, shall not produce any records until the Court has decided the motion.", true, "", false},
		{"before a defined date that moves to the ruling", "In this order, \"the Release Date\" means the twenty-second day after the notice is sent or, if the account holder files a motion, the day the Court rules on it. Example shall preserve the information sought by the subpoena and shall not produce it before the Release Date.", true, order.WholeSubpoena, false},
		{"before a defined date that does not move: no hold", "In this order, \"the Release Date\" means the twenty-second day after the notice is sent. Example shall preserve the information sought by the subpoena and shall not produce it before the Release Date.", false, "", false},
		{"the subscriber records, of the one subscriber", "Example shall preserve the Subscriber Records and, if the subscriber moves to quash, shall not produce them until the Court rules.", true, order.WholeSubpoena, false},
		{"produce no information in response until resolved", "IT IS FURTHER ORDERED that Example shall preserve the subpoenaed information and, if any account holder files a motion or sends an objection, Example shall produce no information in response to the subpoena until the Court resolves the motion or objection.", true, order.WholeSubpoena, false},
		{"producing none of it", "If a motion or objection is made, Example shall preserve all information responsive to the subpoena and shall produce none of it until the Court has ruled.", true, order.WholeSubpoena, false},
		{"the subpoenaed information, any of it pending the ruling", "If such a motion is filed, Example shall preserve the subpoenaed information and shall not disclose any of it pending the Court's ruling.", true, order.WholeSubpoena, false},
		{"any of it broken across lines", "If such a motion is filed, Example shall preserve the subpoenaed information and shall not disclose any of\n                  it pending the Court's ruling.", true, order.WholeSubpoena, false},
		{"the account of the moving holder", "Example shall preserve the information called for by the subpoena while any such motion is pending, and shall not produce the information relating to the account of the moving holder until the Court has decided the motion.", true, order.ObjectorAccounts, false},
		{"that seller's account, the other produced", "Example shall preserve all information responsive to the subpoena. If a seller files a motion, Example shall not produce information concerning that seller's account until the Court has ruled on the motion, but may produce the information concerning the other account.", true, order.ObjectorAccounts, false},
		{"the moving shop's records", "Example shall preserve the information sought by the subpoena and shall not produce the records of the moving shop until the Court rules.", true, order.ObjectorAccounts, false},
		{"any information in response to the subpoena, while a motion under a paragraph is pending", "Example shall preserve the information called for by the subpoena until this matter is concluded. Example shall not produce any information in response to the subpoena while a motion under paragraph 2 or an objection under paragraph 3 is pending.", true, order.WholeSubpoena, false},
		{"withholding until the ruling, the duty to preserve in a paragraph of its own", "Example shall preserve the documents called for by the subpoena pending further order of the Court.\n\n2. Example shall notify the account holder within fourteen (14) days of service of the subpoena.\n\n3. If the account holder files a motion to quash, Example shall not produce the information sought by the subpoena until the Court has ruled on it.", true, order.WholeSubpoena, false},
		{"withholding until the ruling, and no duty to preserve: no hold", "Example need not preserve anything beyond its ordinary practice. If the account holder files a motion to quash, Example shall not produce the information sought by the subpoena until the Court has ruled on it.", false, "", false},
		{"the customer's information, where the subpoena concerns one customer", "Example shall notify the customer of the subpoena within fourteen (14) days of service of the subpoena. Example shall preserve the documents called for by the subpoena. If the customer files a motion to quash, Example shall not produce the customer's information until the Court has ruled on it.", true, order.WholeSubpoena, false},
		{"the holder's information, where there are several: left to a person", "Example shall notify each account holder within fourteen (14) days of service of the subpoena. Example shall preserve the documents called for by the subpoena. If an account holder files a motion to quash, Example shall not produce the account holder's information until the Court has ruled on it.", true, "", false},
		{"producing none before a date: no hold", "Example shall produce none of the information before thirty days have run.", false, "", false},
		{"retain, and not produce, until the holder's motion, if any, is resolved", "Example shall retain, and shall not produce, the subpoenaed records until the account holder's motion, if any, is resolved.", true, order.WholeSubpoena, false},
		{"maintain, and not turn over until the Court orders otherwise, if a subscriber contests", "If any subscriber contests the subpoena, Example shall maintain the requested information but shall not turn it over until the Court orders otherwise.", true, order.WholeSubpoena, false},
		{"hold pending resolution of a motion", "Example shall hold the materials pending resolution of any motion to quash, and shall not produce them in the meantime.", true, "", false},
		{"everything the subpoena seeks, any of it", "If a timely motion is filed, Example shall preserve everything the subpoena seeks and shall not produce any of it until the Court has ruled.", true, order.WholeSubpoena, false},
		{"the information the subpoena seeks, any of it", "If a motion is filed or a letter of objection is received, Example must preserve the information the subpoena seeks and must not produce any of it until the Court has resolved the motion or objection.", true, order.WholeSubpoena, false},
		{"the information the subpoena seeks concerning that account", "If the holder of an account files such a motion, Example shall preserve the information the subpoena seeks concerning that account and shall not produce it until the Court rules on the motion. The filing of a motion by one account holder shall not delay production of the information concerning the other accounts.", true, order.ObjectorAccounts, false},
		{"production stayed until the ruling", "If a motion to quash is filed, Example shall preserve the subpoenaed information and production shall be stayed until the Court rules.", true, order.WholeSubpoena, false},
		{"production held in abeyance", "Example shall preserve the requested records and hold production in abeyance pending resolution of any motion to quash.", true, order.WholeSubpoena, false},
		{"no response to the subpoena until the motion is resolved", "If any account holder moves to quash, Example shall preserve the information sought and shall not respond to the subpoena until the motion is resolved.", true, order.WholeSubpoena, false},
		{"the information relating to that token, the others produced", "While a motion or objection concerning a Token is pending, Example shall preserve the information relating to that Token and shall not produce it; information relating to the other Tokens may be produced.", true, order.ObjectorAccounts, false},
		{"no production made until the motion is decided", "If a motion is made, Example shall preserve all information responsive to the subpoena and shall make no production until the motion has been decided.", true, order.WholeSubpoena, false},
		{"any information the subpoena seeks", "If a motion is filed or an objection is made, Example shall preserve but shall not disclose any information the subpoena seeks until the Court has decided the matter.", true, order.WholeSubpoena, false},
		{"preserving while pending, then 'It shall withhold only' the mover's information", "While a motion or objection is pending, Example shall preserve the information responsive to the subpoena. It shall withhold only the information relating to the account holder who moved or objected, and may produce the information relating to any other account holder once that account holder's period has expired.", true, order.ObjectorAccounts, false},
		{"that reviewer's information held back until I rule", "If a reviewer files a motion, Example must preserve that reviewer's information and hold it back, and only that reviewer's, until I rule. Example should produce the information about the others on the ordinary schedule.", true, order.ObjectorAccounts, false},
		{"the information sought about any shop whose operator moves, that information withheld", "Example shall preserve the information sought about any shop whose operator files a motion or serves an objection, and shall not produce that information until the Court has ruled. Information about the other shops may be produced once the period in paragraph B has passed.", true, order.ObjectorAccounts, false},
		{"the information sought about the page of any creator who objects", "Example shall preserve the information sought about the page of any creator who objects, and shall not produce that information until the Court has ruled.", true, order.ObjectorAccounts, false},
		{"until the days have run and any timely motion has been decided", "Example shall continue to preserve the information sought by the subpoena and shall not produce any of it until the fourteen-day period has run and any timely motion has been decided.", true, order.WholeSubpoena, false},
		{"withholding its entire production", "If a motion to quash or modify is filed, Example shall preserve all information responsive to the subpoena and shall withhold its entire production until the Court rules on the motion.", true, order.WholeSubpoena, false},
		{"any information under the subpoena", "Example shall preserve the information responsive to the subpoena. If any motion or objection is made, Example shall not produce any information under the subpoena until the Court has resolved it.", true, order.WholeSubpoena, false},
		{"the subpoena as a whole held in abeyance", "If the account holder so moves, Example shall preserve the subpoenaed information, and\nthe subpoena as a whole shall be held in abeyance, until the Court rules on the motion.", true, order.WholeSubpoena, false},
		{"nothing responsive to the subpoena, after preserving pending any motion", "Example shall preserve the subpoenaed information pending resolution of any timely motion, and if any user files such a motion Example shall produce nothing responsive to the subpoena until the Court has ruled on it.", true, order.WholeSubpoena, false},
		{"nothing in response to the subpoena", "Example shall preserve the subpoenaed information. If any account holder files a motion or sends an objection, Example shall produce nothing in response to the subpoena until the Court has resolved the motion or objection.", true, order.WholeSubpoena, false},
		{"until every timely motion or objection has been resolved", "Example shall preserve the information responsive to the subpoena and shall not produce any of it until every timely motion or objection has been resolved.", true, order.WholeSubpoena, false},
		{"preserve until resolved, but hold back only the mover's", "Example must preserve the subpoenaed information until any motion or objection is resolved, but it need hold back only the information of a user who has moved or objected; nothing stops Example from releasing the other user's records when that user's deadlines pass.", true, order.ObjectorAccounts, false},
		{"keep the responsive information while pending", "While any motion or objection is pending, Example shall keep the responsive information and shall not produce any of it.", true, order.WholeSubpoena, false},
		{"the requested information for that account, withheld", "Once an account holder has filed such a motion, Example must preserve the requested information for that account and must withhold it until the Court decides the motion.", true, order.ObjectorAccounts, false},
		{"not anything in response to the subpoena", "Example shall preserve the information called for by the subpoena until it has produced that information or the Court orders otherwise. If a timely motion is filed or a timely objection is delivered, Example shall not produce anything in response to the subpoena until the Court has decided the matter.", true, order.WholeSubpoena, false},
		{"refrain from producing any of it", "Upon a timely motion or objection, Example shall preserve the subpoenaed material and refrain from producing any of it until the Court resolves the challenge.", true, order.WholeSubpoena, false},
		{"that account's responsive information kept intact", "While a motion or objection concerning an account is unresolved, Example shall keep that account's responsive information intact and shall not produce it. The information concerning any account whose holder has not moved or objected may be produced once that holder's time has run.", true, order.ObjectorAccounts, false},
		{"the information sought, any of it", "If a motion is filed, Example shall preserve the information sought and shall not produce any of it while the motion is pending.", true, order.WholeSubpoena, false},
		{"the information sought concerning that holder's account", "If a holder moves to quash, Example shall preserve the information sought concerning that holder's account and shall not produce any of it while the motion is pending.", true, order.ObjectorAccounts, false},
		{"preserving everything, withholding it", "Example shall preserve all information responsive to the subpoena. Example shall not produce it until the Court has resolved any motion.", true, order.WholeSubpoena, false},
		{"another court's hold, told after the court grants on the terms that follow: no hold", "Kumo's proposed order is modeled on In re Hoshi K.K., C.A. No. 25-mc-302-GWC (D. Del. Nov. 6, 2025), in which the court required the platform to notify its users within ten court days and to preserve and withhold the information while any objection was pending. The Court adopts the following terms.\n\na. Example shall notify the account holder within twenty-one days after it receives the subpoena.", false, "", false},
		{"another court's hold told, then the court's own", "In In re Hoshi K.K., No. 25-mc-302, the court required the platform to preserve and withhold the information while any objection was pending. The Court does the same: if a motion is filed, Example shall preserve, and shall not produce, the information sought by the subpoena until the Court rules.", true, order.WholeSubpoena, false},
		{"preserving while pending, then withholding only the information of an account whose holder has moved", "Example shall preserve the information called for by the subpoena while any motion or objection is pending. Example shall withhold production only of the information concerning an Account whose holder has moved or objected, and may produce the information concerning the other Accounts when the periods in paragraphs 2 and 3 have run.", true, order.ObjectorAccounts, false},
		{"the information relating to the domains registered by that registrant", "Example shall preserve the information responsive to the subpoena. If a registrant moves or objects, Example shall withhold the information relating to the Domain or Domains registered by that registrant until the Court rules, and may produce the information relating to any other Domain.", true, order.ObjectorAccounts, false},
		{"the responsive materials preserved, any materials withheld", "If a motion to quash or modify is filed, Example shall preserve the responsive materials and shall not produce any materials until the motion is decided.", true, order.WholeSubpoena, false},
		{"the amended subpoena, any documents in response to it", "Example shall preserve all documents responsive to the amended subpoena. If any account holder files a motion or delivers an objection, Example shall not produce any documents in response to the amended subpoena until the Court has resolved it.", true, order.WholeSubpoena, false},
		{"no production in response to it", "While any motion or objection is pending, Example shall preserve the documents called for by the subpoena and shall make no production in response to it until the Court has resolved the motion or objection.", true, order.WholeSubpoena, false},
		{"the amended subpoena, nothing in response to it", "Example shall preserve the information called for by the amended subpoena. Example shall produce nothing in response to it until the twenty-eight-day period has run and, if any account holder moves, until the Court has resolved the motion.", true, order.WholeSubpoena, false},
		{"until the period has run and any motion filed within it has been decided", "Example shall continue to preserve the information responsive to the subpoena, and shall not produce any of it until the twenty-one-day period has run for all three account holders and any motion filed within it has been decided.", true, order.WholeSubpoena, false},
		{"during the pendency of a challenge, the account concerned", "During the pendency of any such motion or objection, Example shall preserve the information requested for the account concerned and shall not produce it. The pendency of a challenge by one account holder shall not delay production for the other accounts.", true, order.ObjectorAccounts, false},
		{"withhold only the information concerning the account the motion relates to", "Example shall preserve the information responsive to the subpoena. While a motion or objection is pending, Example shall withhold only the information concerning the account to which the motion or objection relates, and may produce the information concerning the other account.", true, order.ObjectorAccounts, false},
		{"that owner's shop", "If a shop owner moves to quash or modify, or objects in writing, Example shall preserve the information concerning that owner's shop, and shall withhold it, until the Court rules.", true, order.ObjectorAccounts, false},
		{"the shop of the moving operator", "If a shop operator files such a motion, Example shall preserve the responsive information but shall not produce the information concerning the shop of the moving operator until the Court rules on the motion.", true, order.ObjectorAccounts, false},
		{"the records of that member", "If a Member files a motion or delivers an objection, Example shall preserve the Subscriber Records of that Member and shall withhold their production until the Court has ruled.", true, order.ObjectorAccounts, false},
		{"no production under it", "While any motion or objection remains unresolved, Example shall preserve all information responsive to the subpoena and shall make no production under it.", true, order.WholeSubpoena, false},
		{"documents in response to it", "Until any such motion or objection has been resolved, Example must preserve the information called for by the subpoena and shall not produce documents in response to it.", true, order.WholeSubpoena, false},
		{"documents in response to any part of the subpoena", "Example shall preserve the responsive documents. While any motion or objection remains pending, Example shall not produce documents in response to any part of the subpoena.", true, order.WholeSubpoena, false},
		{"any such information, after all the information responsive", "Example shall preserve all information responsive to the subpoena and shall not produce any such information while a timely motion or objection remains unresolved.", true, order.WholeSubpoena, false},
		{"its entire response, for all three accounts", "Example shall preserve the subpoenaed information. If any account holder files a motion, Example shall withhold its entire response to the subpoena, for all three Accounts, until the Court resolves the motion.", true, order.WholeSubpoena, false},
		{"information concerning any of the accounts", "If any account holder files a motion or serves an objection, Example will preserve all information responsive to the subpoena and will not produce information concerning any of the Accounts until the motion or objection is resolved.", true, order.WholeSubpoena, false},
		{"all production under the subpoena, as to every account", "Example shall preserve the subpoenaed information. If any user files a motion, Example shall withhold all production under the subpoena, as to every Subpoenaed Account, until the Court rules on the motion.", true, order.WholeSubpoena, false},
		{"responsive to Requests Nos. 1 through 5, any of it", "Example shall preserve the information responsive to Requests Nos. 1 through 5 until this matter is resolved, and shall not produce any of it while a motion to quash or a written objection is pending.", true, order.WholeSubpoena, false},
		{"any documents or information in response to the subpoena", "Example shall preserve all documents and information responsive to the Subpoena, and, if any user files a motion to quash or modify, Example shall not produce any documents or information in response to the Subpoena until the Court has decided the motion.", true, order.WholeSubpoena, false},
		{"that subscriber's subscriber information", "From the Receipt Date, Example shall preserve the Subscriber Information. While a Challenge by a Subscriber is pending, Example shall not produce that Subscriber's Subscriber Information.", true, order.ObjectorAccounts, false},
		{"withhold production under the subpoena altogether, as to both accounts", "Example shall preserve everything responsive to Schedule A as approved, and while any motion or objection is pending it shall withhold production under the subpoena altogether, as to both accounts.", true, order.WholeSubpoena, false},
		{"the information of an account holder who so moves", "If an account holder moves to quash, Example shall preserve, and withhold only, the information of an account holder who so moves until the motion is decided.", true, order.ObjectorAccounts, false},
		{"another district's hold quoted before the court's own", "The applicant's memorandum quotes an order in another district, In re Rosen, No. 2:25-mc-00301 (D. Nev.), which directed the provider to notify the user within thirty days and required the provider to \"withhold all production under the subpoena\" while any objection was pending. Example shall preserve the information responsive to the subpoena concerning all four accounts while any motion or objection is pending, but shall withhold production only of the information concerning the account holder who has moved or objected.", true, order.ObjectorAccounts, false},
		{"preserving everything, withholding with no object: nothing is produced", "Example shall preserve all information responsive to the subpoena. If a motion is filed, Example shall not produce until the Court has resolved the motion.", true, order.WholeSubpoena, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Read(conclusionWith(tt.text))
			c, ok := conditionOf(p.Order, order.PreserveNotDisclose)
			if ok != tt.hold || c.Scope != tt.scope {
				t.Errorf("hold %v, scope %q; want %v, %q", ok, c.Scope, tt.hold, tt.scope)
			}
			delayed := slices.ContainsFunc(p.NeedsPerson, func(n Need) bool { return strings.Contains(n.Why, "delays production") })
			if delayed != tt.delayed {
				t.Errorf("delayed production told: %v, want %v", delayed, tt.delayed)
			}
		})
	}
}

// TestDispositions: what the order says it does with the application.
func TestDispositions(t *testing.T) {
	tests := []struct {
		conclusion string
		want       order.Disposition
	}{
		{"The earlier order (ECF No. 6) is MODIFIED as follows, and the Application (ECF No. 1) is GRANTED as so modified.", order.GrantedWithModifications},
		{"I grant the application. Kumo may serve the proposed subpoena on Example.", order.Granted},
		{"The application is GRANTED as to Requests Nos. 1 through 6 and DENIED as to Requests Nos. 7 and 8. Kumo may serve on Example a subpoena with Requests Nos. 7 and 8 struck.", order.GrantedInPart},
		{"Arguments heard. For the reasons stated on the record, the Court GRANTED IN PART and DENIED IN PART the application.", order.GrantedInPart},
		{"For these reasons, I GRANT IN PART and DENY IN PART the petition.", order.GrantedInPart},
		{"WHEREAS, on May 1, 2024, the Court granted the application (ECF No. 7); NOW, THEREFORE, IT IS HEREBY STIPULATED AND AGREED that Example will notify the account holder within seven (7) days of its receipt of the subpoena.", order.Granted},
		{"The Court declines to so-order the proposed stipulation. The application (ECF No. 1) is nevertheless GRANTED, on the terms below.", order.Granted},
		{"Requests 1 through 4 and Request 6 are therefore GRANTED, and the subpoena may seek documents sufficient to show the name associated with each account. Request 5 (non-card payment records) is DENIED; the declaration does not explain what those records would add.", order.GrantedInPart},
		{"Requests 1 through 3 are GRANTED, and the subpoena may seek documents sufficient to show the name associated with each account.", order.Granted},
		{"Request 6 seeks the contents of private repositories. Requests 5 and 6 are DENIED. Requests 1 through 4 are GRANTED. Kumo may serve a subpoena for documents sufficient to show the name associated with each account.", order.GrantedInPart},
		{"1. Movant's Motion to Quash Subpoena and Vacate Order Granting Ex Parte Application (Dkt. No. 14) is GRANTED.\n\n2. The Court's Order of June 16, 2024 (Dkt. No. 6) is VACATED.\n\n3. Kumo's Ex Parte Application for an Order Pursuant to 28 U.S.C. § 1782 (Dkt. No. 1) is DENIED.", order.Denied},
		{"The application is GRANTED AS MODIFIED.", order.GrantedWithModifications},
		{"For these reasons, the application is ALLOWED, with modifications.", order.GrantedWithModifications},
		{"The application is GRANTED, subject to the modifications set forth below.", order.GrantedWithModifications},
		{"The application is GRANTED IN PART and DENIED IN PART.", order.GrantedInPart},
		{"The ex parte application (Dkt. No. 1) is DENIED WITHOUT PREJUDICE.", order.Denied},
		{"The application is denied with prejudice.", order.Denied},
		{"The application is granted, subject to the conditions set out below.", order.Granted},
		{"The application is GRANTED. The application is denied as to device identifiers.", order.GrantedInPart},
		{"The Court ALLOWS the petition.", order.Granted},
		{"The application is GRANTED, subject to the following conditions and modifications.", order.GrantedWithModifications},
		{"The Court GRANTS IN PART the application.", order.GrantedInPart},
		{"The application is GRANTED, subject to the conditions set out in Part IV of this Memorandum and Order, which are incorporated here.", order.Granted},
		{"The application is granted, subject to the conditions in Part III.", order.Granted},
		{"The application is GRANTED as to Requests 1 through 5 and DENIED as to Request 6.", order.GrantedInPart},
		{"The application is GRANTED in part, as set out below.", order.GrantedInPart},
		{"The application is GRANTED IN PART AND DENIED IN PART.", order.GrantedInPart},
		{"The Court GRANTS IN PART REDDIT'S MOTION and the application.", order.GrantedInPart},
		{"The application is GRANTED, with the changes stated in Part B above.", order.Granted},
		{"1. The ex parte application (Dkt. No. 1) is GRANTED.\n\n2. The stipulation (Dkt. No. 9) is ADOPTED, subject to the following modifications: Paragraph 2(e) is stricken.", order.GrantedWithModifications},
		{"The application (Dkt. No. 1) is GRANTED. The Joint Stipulation (Dkt. No. 11) is APPROVED as modified by the Court and is entered as an order of the Court.", order.GrantedWithModifications},
		{"1. The Application is GRANTED.\n\n2. Paragraph 4 of the proposed order is stricken. Subject to those changes, the Application is GRANTED as modified.", order.GrantedWithModifications},
		{"The application is GRANTED. The stipulation (Dkt. No. 9) is ADOPTED.", order.Granted},
		{"The application is DENIED. The stipulation (Dkt. No. 9) is not adopted, as modified or otherwise.", order.Denied},
		{"The Court GRANTS Kumo's Ex Parte Application for an Order Pursuant to 28 U.S.C. § 1782 as modified below.", order.GrantedWithModifications},
		{"The Court DENIES the account holder's motion to quash the subpoena (ECF No. 12).", order.Granted},
		{"Kumo may serve the proposed subpoena. If the account holder's motion to quash is denied, Example shall produce within ten days.", ""},
		{"Kumo may serve the proposed subpoena. Should the holder's motion to quash be granted in part, Example shall produce what remains.", ""},
		{"IT IS, THEREFORE, ORDERED that Kumo's \"Petition for Judicial Assistance Under 28 U.S.C. § 1782\" (Doc. No. 2) is DENIED WITHOUT PREJUDICE to a renewed petition.", order.Denied},
		{"For the reasons stated, the Court GRANTS the application with the modifications stated below.", order.GrantedWithModifications},
		{"Accordingly, the application, Dkt. 3, is GRANTED with the following modifications and conditions:\n\n1. Kumo may serve the subpoena.", order.GrantedWithModifications},
		{"The Court therefore GRANTS Kumo's application in part and DENIES it in part.", order.GrantedInPart},
		{"Accordingly, it is hereby ORDERED as follows:\n\n1. The Application for an Order Pursuant to 28 U.S.C. § 1782 [R. 1] is GRANTED.\n\n2. Kumo may serve on Example the subpoena attached to the Application as R. 1-5.", order.Granted},
		{"IT IS HEREBY ORDERED that the Ex Parte Application (Dkt. 1) is GRANTED in modified form, as follows:\n\n1. Kumo may serve the subpoena.", order.GrantedWithModifications},
		{"Kumo's Application (ECF No. 1) is hereby APPROVED.", order.Granted},
		{"The motion for leave to serve the subpoena is GRANTED.", order.Granted},
		{"Kumo's motion for an order under 28 U.S.C. § 1782 is DENIED.", order.Denied},
		{"Example's letter motion (ECF No. 10) is GRANTED IN PART. The May 2 Order is replaced by this Amended Order.\n\n1. The application of Kumo Shoji K.K. (ECF No. 1) is GRANTED. Kumo may serve the subpoena on Example.", order.Granted},
		{"Example's motion to amend (Dkt. No. 14) is GRANTED IN PART. The application (Dkt. No. 1) remains GRANTED. The conditions of the May 2 Order are VACATED and replaced by those below.", order.Granted},
		{"The application (Dkt. No. 1) is accordingly granted only as to Requests 1, 2 and 4, limited to documents sufficient to show the information they describe.", order.GrantedInPart},
	}
	for _, tt := range tests {
		t.Run(tt.conclusion, func(t *testing.T) {
			p := Read(draft{conclusion: tt.conclusion}.String())
			if p.Order.Disposition != tt.want {
				t.Errorf("disposition %q, want %q", p.Order.Disposition, tt.want)
			}
		})
	}
}

// TestJudges: the judge who signed, from the signature block in its forms,
// or from the caption.
func TestJudges(t *testing.T) {
	tests := []struct {
		name, caption, signature, judge string
	}{
		{"capitals and title", "", "IT IS SO ORDERED.\n\nDated: June 3, 2024\n\nPETER J. O'NEILL\nUNITED STATES DISTRICT JUDGE", "Peter J. O'Neill"},
		{"HON. in capitals, the title on a numbered line before it, an exhibit after", "", "IT IS SO ORDERED.\n\n25   Dated: September 30, 2024               _____________________________________\n                                             HON. SILAS K. CORDERO\n26                                           UNITED STATES MAGISTRATE JUDGE\n27\n\n\nEXHIBIT 1", "Silas K. Cordero"},
		{"electronic signature", "", "SO ORDERED.\n\nJune 3, 2024\n/s/ Hanna B. Osei\nHANNA B. OSEI\nUnited States Magistrate Judge", "Hanna B. Osei"},
		{"flourish before the name", "", "DATED this 3rd day of June, 2024.\n\nA\nTOMAS R. QUILL\nUnited States District Judge", "Tomas R. Quill"},
		{"the place in the left column, the name in the right", "", "IT IS SO ORDERED.\n\nDated: August 4, 2025                           ______________________________\n       Albany, New York                         Miriam A. Ostrander\n                                                U.S. Magistrate Judge", "Miriam A. Ostrander"},
		{"the district's name under the title", "", "SO ORDERED.\n\nDate: 6/24/2025\n\n                                          ___________________________________\n                                          DANA L. BIRKHOLZ\n                                          United States Magistrate Judge\n                                          Southern District of Indiana\n\nDistribution:\n\nAll ECF-registered counsel of record via email", "Dana L. Birkholz"},
		{"capitals, then U.S. in capitals in the title", "", "IT IS SO ORDERED.\n\ns/ Darrell K. Oswalt\nDARRELL K. OSWALT\nU.S. MAGISTRATE JUDGE", "Darrell K. Oswalt"},
		{"a chief magistrate judge, in mixed case", "", "SO ORDERED.\n\n____________________________\nRachel A. Tiernan\nChief United States Magistrate Judge\nNorthern District of Iowa", "Rachel A. Tiernan"},
		{"an e-signature beside the date, the name again below it", "", "IT IS SO ORDERED.\n\nDate: 09/03/2024                         /s/ Mary Q. Lindqvist\n                                         Mary Q. Lindqvist, USMJ", "Mary Q. Lindqvist"},
		{"capitals after Mc, the Mc kept", "", "DONE AND ORDERED in Jacksonville, Florida, on May 27, 2024.\n\n\n                                        THERON P. McALISTER\n                                        United States Magistrate Judge", "Theron P. McAlister"},
		{"mixed case with an accent, the title below", "", "     Dated this 16th day of July, 2024.\n\n\n\n                                        Raúl D. Arriaga\n                                        United States Magistrate Judge", "Raúl D. Arriaga"},
		{"a first initial before the name, in mixed case", "", "SO ORDERED.\n\n                                       Signed: October 6, 2024\n\n\n                                       W. Dalton Merriweather\n                                       United States Magistrate Judge", "W. Dalton Merriweather"},
		{"capitals with an accent", "", "IT IS SO ORDERED.\n\n/s/ Joaquín P. Reyes-Halloran\nJOAQUÍN P. REYES-HALLORAN\nUnited States Magistrate Judge", "Joaquín P. Reyes-Halloran"},
		{"mixed case, short title", "", "SO ORDERED.\n\nEntered: June 3, 2024\n\nTomas R. Quill, U.S. District Judge", "Tomas R. Quill"},
		{"honorific in capitals", "", "SO ORDERED.\n\nDate: June 3, 2024\n\nHON. PETER J. O'NEILL\nCHIEF JUDGE", "Peter J. O'Neill"},
		{"honorable in the caption", strings.Replace(defaultCaption, "NORTHERN DISTRICT OF CALIFORNIA", "NORTHERN DISTRICT OF CALIFORNIA\n\nThe Honorable Inez M. Farrow, United States District Judge", 1), "IT IS SO ORDERED.\n\nDated: June 3, 2024", "Inez M. Farrow"},
		{"signed s/, with accented letters", "", "IT IS SO ORDERED.\n\nDated: June 3, 2024\n\n                  s/ Inés M. Ordóñez-Peña\n                  INÉS M. ORDÓÑEZ-PEÑA\n                  UNITED STATES DISTRICT JUDGE", "Inés M. Ordóñez-Peña"},
		{"the title and name above the case number, no signature", strings.Replace(defaultCaption, "Case No. 24-mc-80001-ABC", "Magistrate Judge Sigrid B. Pemberton\n\nCivil Action No. 24-mc-80001-ABC", 1), "SO ORDERED.\n\nDated: June 3, 2024", "Sigrid B. Pemberton"},
		{"a magistrate judge's report named in the first lines, the district judge signing as U.S.D.J.", strings.Replace(defaultCaption, "ORDER ON EX PARTE APPLICATION", "OPINION & ORDER\n\n\nHALLORAN, District Judge\n\nThis matter comes before the Court on the Report and Recommendation of the Honorable\nColm D. Whelan, United States Magistrate Judge, dated July 17, 2026.", 1), "SO ORDERED.\n\n                                   /s/ Renata V. Halloran\n                                   RENATA V. HALLORAN, U.S.D.J.", "Renata V. Halloran"},
		{"the judge's surname alone under the order's title, the name signed", strings.Replace(defaultCaption, "ORDER ON EX PARTE APPLICATION", "OPINION & ORDER\n\n\nHALLORAN, District Judge", 1), "SO ORDERED.\n\n                                   /s/ Renata V. Halloran\n                                   RENATA V. HALLORAN, U.S.D.J.", "Renata V. Halloran"},
		{"the order's title on the line above the name", strings.Replace(defaultCaption, "ORDER ON EX PARTE APPLICATION", "MEMORANDUM AND ORDER\n\nINEZ M. FARROW, United States District Judge", 1), "SO ORDERED.", "Inez M. Farrow"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Read(draft{caption: tt.caption, signature: tt.signature}.String())
			if p.Order.Judge != tt.judge {
				t.Errorf("judge %q, want %q", p.Order.Judge, tt.judge)
			}
		})
	}
}

// TestDates: the day the order was signed, in any common form.
func TestDates(t *testing.T) {
	tests := []struct{ name, signature, want string }{
		{"dated", "Dated: March 4, 2024\n\nMARY Q. LINDQVIST\nUnited States Magistrate Judge", "2024-03-04"},
		{"day of", "DATED this 2nd day of May, 2023.\n\nMARY Q. LINDQVIST\nUnited States Magistrate Judge", "2023-05-02"},
		{"this the day of", "SO ORDERED. This the 30th day of June, 2024.\n\nMARY Q. LINDQVIST\nUnited States Magistrate Judge", "2024-06-30"},
		{"day first", "Dated: 12 February 2025\n\nMARY Q. LINDQVIST\nUnited States Magistrate Judge", "2025-02-12"},
		{"slashes", "Dated: 4/9/2024\n\nMARY Q. LINDQVIST\nUnited States Magistrate Judge", "2024-04-09"},
		{"entered", "ENTERED: August 27, 2024\n\nMary Q. Lindqvist\nUnited States Magistrate Judge", "2024-08-27"},
		{"signed on", "SIGNED on June 5, 2025.\n\nMARY Q. LINDQVIST\nUNITED STATES MAGISTRATE JUDGE", "2025-06-05"},
		{"place, this day", "At Dover, this 3rd day of June, 2024.\n\nMARY Q. LINDQVIST\nUnited States Magistrate Judge", "2024-06-03"},
		{"ordinal suffix", "Dated: March 1st, 2024\n\nMARY Q. LINDQVIST\nUnited States Magistrate Judge", "2024-03-01"},
		{"two-digit year", "DATED: 3/4/24\n\nMARY Q. LINDQVIST\nUnited States Magistrate Judge", "2024-03-04"},
		{"place and date on one line", "/s/\nMARY Q. LINDQVIST\nUnited States Magistrate Judge\n\nRichmond, Virginia, June 7, 2024", "2024-06-07"},
		{"done and ordered at a place, on a day", "DONE AND ORDERED in Orlando, Florida, on May 6, 2024.\n\nMARY Q. LINDQVIST\nUnited States Magistrate Judge", "2024-05-06"},
		{"below the signature", "/s/\nMARY Q. LINDQVIST\nUnited States Magistrate Judge\n\nNorfolk, Virginia\nJune 7, 2024", "2024-06-07"},
		{"the day in words, at a place", "Dated at Denver, Colorado, this nineteenth day of August, 2025.\n\nBY THE COURT:\n\ns/ Mary Q. Lindqvist\nMary Q. Lindqvist\nUnited States Magistrate Judge", "2025-08-19"},
		{"the day in hyphenated words", "ENTERED this twenty-first day of May, 2024.\n\nMARY Q. LINDQVIST\nUnited States Magistrate Judge", "2024-05-21"},
		{"the day's ordinal in the old style", "DONE AND ORDERED this 22d day of May, 2024.\n\nMARY Q. LINDQVIST\nUnited States District Judge", "2024-05-22"},
		{"the day's ordinal in the old style, in the text", "SO ORDERED.\n\nSigned May 3d, 2024.\n\nMARY Q. LINDQVIST\nUnited States District Judge", "2024-05-03"},
		{"in a place, on a day, below the order", "IT IS SO ORDERED.\n\nIn Hartford, Connecticut, March 4, 2024.\n\ns/ Mary Q. Lindqvist\nMARY Q. LINDQVIST\nUnited States District Judge", "2024-03-04"},
		{"dated at a place whose name has an okina", "IT IS SO ORDERED.\n\nDATED: Hilo, Hawaiʻi, May 2, 2024.\n\n/s/ Mary Q. Lindqvist\nMary Q. Lindqvist\nUnited States Magistrate Judge", "2024-05-02"},
		{"signed at a place, on a day", "SIGNED at Houston, Texas, on February 17, 2026.\n\nMARY Q. LINDQVIST\nUNITED STATES MAGISTRATE JUDGE", "2026-02-17"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Read(draft{signature: tt.signature}.String())
			if got := p.Order.Date.String(); p.Order.Date.IsZero() || got != tt.want {
				t.Errorf("date %s, want %s", got, tt.want)
			}
		})
	}
}

// TestDateSignedNotEntered: an order's date is the day the judge signed
// it; the clerk's ENTERED stamp says when it was docketed, and is the
// order's date only when the order states no other; a clerk's stamp that
// certifies a copy dates the copy, never the order.
func TestDateSignedNotEntered(t *testing.T) {
	stamp := "Case 4:24-mc-00219 Document 6 Filed on 02/19/26 in TXSD Page 1 of 4\n\n                                   ENTERED\n                              February 19, 2026\n\n" + defaultCaption
	certified := "                                                   A TRUE COPY\n" + defaultCaption + "\n                                                   CERTIFIED AS A TRUE COPY\n                                                   ON THIS DATE\n                                                   Nov 04 2025\n                                                   Clerk, U.S. District Court\n"
	tests := []struct{ name, caption, signature, want string }{
		{"signed two days before it was entered", stamp, "SIGNED at Houston, Texas, on February 17, 2026.\n\nMARY Q. LINDQVIST\nUNITED STATES MAGISTRATE JUDGE", "2026-02-17"},
		{"dated below the signature", stamp, "IT IS SO ORDERED.\n\nMARY Q. LINDQVIST\nUnited States Magistrate Judge\n\nFebruary 17, 2026", "2026-02-17"},
		{"a clerk's certified copy: the stamp's date is the copy's", certified, "New Orleans, Louisiana, this 28th day of October, 2025.\n                                                   CERTIFIED AS A TRUE COPY\n                                                   ON THIS DATE\n                                                   Nov 04 2025\n                                   ____________________\n                                   MARY Q. LINDQVIST\n                                   UNITED STATES MAGISTRATE JUDGE\n                                                   Clerk, U.S. District Court\n                                                   By: s/ T. Guidry   Deputy Clerk", "2025-10-28"},
		{"a certified copy whose stamp says Date:", certified, "IT IS SO ORDERED.\n\nSigned October 28, 2025.\n\nMARY Q. LINDQVIST\nUnited States Magistrate Judge\n\n                              A TRUE COPY, CERTIFIED\n                              Date: 11/04/2025\n                              By: s/ T. Guidry, Deputy Clerk", "2025-10-28"},
		{"no other date: the entry's", stamp, "IT IS SO ORDERED.\n\nMARY Q. LINDQVIST\nUnited States Magistrate Judge", "2026-02-19"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Read(draft{caption: tt.caption, signature: tt.signature}.String())
			if got := p.Order.Date.String(); p.Order.Date.IsZero() || got != tt.want {
				t.Errorf("date %s, want %s", got, tt.want)
			}
		})
	}
}

// TestDateInTheCaption: a case-law site's one-line caption gives the court
// and the day the order was entered in a parenthetical after its number;
// where the signature is undated, that is the order's date.
func TestDateInTheCaption(t *testing.T) {
	tests := []struct{ name, line, caseNumber, want string }{
		{"a district of one state's initials", "In re Kumo Shoji K.K., No. 2:24-mc-00411-ABC (D.N.J. July 22, 2024)", "2:24-mc-00411-ABC", "2024-07-22"},
		{"a lettered district, the month abbreviated", "In re Kumo Shoji K.K., No. 1:24-mc-00412-ABC (S.D.N.Y. Oct. 6, 2024)", "1:24-mc-00412-ABC", "2024-10-06"},
		{"Arizona's number, the office after it", "In re Kumo Shoji K.K., No. MC-24-00044-PHX-ABC (D. Ariz. Aug. 5, 2024)", "MC-24-00044-PHX-ABC", "2024-08-05"},
		{"the court's name abbreviated in two words", "In re Kumo Shoji K.K., No. 3:24-mc-00413-ABC (D. Or. Feb. 3, 2024)", "3:24-mc-00413-ABC", "2024-02-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			caption := tt.line + `

UNITED STATES DISTRICT COURT
DISTRICT OF NEW JERSEY

In re Application of Kumo Shoji K.K. for an Order Under 28 U.S.C. § 1782

OPINION AND ORDER

This matter comes before the Court on the ex parte application of Kumo Shoji K.K. ("Kumo") for leave to serve a subpoena on Example Social, Inc. ("Example").`
			p := Read(draft{caption: caption, signature: "SO ORDERED.\n\ns/ Mary Q. Lindqvist\nMARY Q. LINDQVIST\nUnited States Magistrate Judge"}.String())
			if p.Order.CaseNumber != tt.caseNumber {
				t.Errorf("case %q, want %q", p.Order.CaseNumber, tt.caseNumber)
			}
			if got := p.Order.Date.String(); p.Order.Date.IsZero() || got != tt.want {
				t.Errorf("date %s, want %s", got, tt.want)
			}
		})
	}
}

// TestDateUnderTheTitle: a memorandum and order dated on a line of its
// own under its title, before the judge's name and title ("October 13,
// 2026" / "MARCHBANKS, U.S.M.J."), as the D. Mass. writes it, signed with
// no date.
func TestDateUnderTheTitle(t *testing.T) {
	caption := `UNITED STATES DISTRICT COURT
DISTRICT OF MASSACHUSETTS

IN RE: EX PARTE APPLICATION OF                 )
KUMO SHOJI K.K. FOR AN ORDER                   )     Miscellaneous Action
PURSUANT TO 28 U.S.C. § 1782                   )     No. 24-mc-91344-MQL

           MEMORANDUM AND ORDER ON EX PARTE APPLICATION FOR DISCOVERY
                              [Docket No. 1]

                              October 14, 2024

LINDQVIST, U.S.M.J.

Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc. ("Example").`
	p := Read(draft{caption: caption, signature: "SO ORDERED.\n\n/s/ Mary Q. Lindqvist\nMARY Q. LINDQVIST\nUnited States Magistrate Judge"}.String())
	if got := p.Order.Date.String(); p.Order.Date.IsZero() || got != "2024-10-14" {
		t.Errorf("date %s, want 2024-10-14", got)
	}
}

// TestPlatformNotSought: a company the application says it seeks no
// discovery from ("Kumo does not seek discovery from Privacy Shield, LLC")
// is not the platform, though the order names it before the platform's
// short name.
func TestPlatformNotSought(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
DISTRICT OF ARIZONA

In re Ex Parte Application of Kumo Shoji K.K.      No. MC-24-00041-PHX-ABC

ORDER

The domain kumo-outlet.shop is registered through Example Domains, LLC ("Example"). Its registrant
is concealed by a privacy service of Privacy Shield, LLC; Kumo does not seek discovery from
Privacy Shield, LLC in this application.

IT IS ORDERED granting the application. IT IS FURTHER ORDERED that Kumo may serve on Example a
subpoena requiring production of documents sufficient to show the registrant's name.`
	if got := Read(src).Order.Provider; got != "Example Domains, LLC" {
		t.Errorf("platform %q, want Example Domains, LLC", got)
	}
}

// TestDocketApplicantBeforeAssignment: a docket report's case name, its
// "Date Filed:" column set apart, ends at the line that assigns the judge.
func TestDocketApplicantBeforeAssignment(t *testing.T) {
	src := `                                                                   CLOSED,ProSe-NA
                                U.S. District Court
                      California Northern District (Oakland)
                 CIVIL DOCKET FOR CASE #: 4:24-mc-80112-ABC

In re Ex Parte Application of Kumo Shoji K.K.       Date Filed: 02/24/2024
Assigned to: Magistrate Judge Alice B. Carter            Date Terminated: 03/11/2024
Cause: 28:1782 Foreign Discovery Request                 Jury Demand: None
                                                         Nature of Suit: 890 Other
                                                         Statutory Actions

 Date Filed    #   Docket Text

 03/11/2024    5   ORDER by Magistrate Judge Alice B. Carter granting 1 Ex Parte
                   Application. Kumo may serve a subpoena on Example Social, Inc. for
                   documents sufficient to show the names of the account holders.
                   Signed by Magistrate Judge Alice B. Carter on 3/11/2024. (Entered:
                   03/11/2024)
`
	o := Read(src).Order
	if o.Applicant != "Kumo Shoji K.K." {
		t.Errorf("applicant %q, want Kumo Shoji K.K.", o.Applicant)
	}
}

// TestDocketInterestedParty: a docket report names the platform in its
// parties' block, as an interested party or respondent "represented by"
// its counsel, where the text-only order names it only by its short name.
func TestDocketInterestedParty(t *testing.T) {
	src := `                               United States District Court
                          District of Massachusetts (Boston)
                 CIVIL DOCKET FOR CASE #: 1:24-mc-91402-ABC

In re: Petition of Kumo Shoji K.K.              Date Filed: 09/28/2024

Petitioner
Kumo Shoji K.K.                           represented by Lena Carrigan
                                                          LEAD ATTORNEY
Interested Party
Example Reviews LLC                       represented by Damon R. Whitfield
                                                          ATTORNEY TO BE NOTICED

 Date Filed     #    Docket Text

 10/20/2024    6    Magistrate Judge Alice B. Carter: ELECTRONIC ORDER entered granting
                    1 Petition. Petitioner may serve a subpoena on Example for documents
                    sufficient to show the names of the account holders. (Entered: 10/20/2024)
`
	if got := Read(src).Order.Provider; got != "Example Reviews LLC" {
		t.Errorf("platform %q, want Example Reviews LLC", got)
	}
}

// TestCaptions: the case number, court, applicant and platform from
// captions in their many renderings.
func TestCaptions(t *testing.T) {
	tests := []struct {
		name, caption                      string
		caseNumber, court, applicant, prov string
	}{
		{"ECF header and office prefix", `Case 3:24-mc-80001-ABC Document 9 Filed 06/03/24 Page 1 of 5

UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

IN RE APPLICATION OF KUMO SHOJI K.K.
FOR AN ORDER UNDER 28 U.S.C. § 1782

Case No. 3:24-mc-80001-ABC

Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc. ("Example").`, "3:24-mc-80001-ABC", "cand", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"a subpoena under the statute on the platform", `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

IN RE APPLICATION OF KUMO SHOJI K.K.

Case No. 4:26-mc-80001-ABC

In February the Court authorized Kumo Shoji K.K. ("Kumo") to serve a subpoena under 28 U.S.C. § 1782 on Example Interactive Corporation ("Example") seeking information that would identify the holders of three accounts.`, "4:26-mc-80001-ABC", "cand", "Kumo Shoji K.K.", "Example Interactive Corporation"},
		{"a case-law site's print, its title line the case's name", `In re Kumo Shoji K.K.

Case No. 3:26-mc-80203-ABC

United States District Court, N.D. California, San Francisco Division

Jun 4, 2026

ORDER GRANTING EX PARTE APPLICATION FOR DISCOVERY UNDER 28 U.S.C. § 1782

MARY Q. LINDQVIST, United States Magistrate Judge

Kumo Shoji K.K. ("Kumo") runs a small business in Tokyo and applies for leave to serve a subpoena on Example Social, Inc. ("Example").`, "3:26-mc-80203-ABC", "cand", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"columns ruled with parentheses", `UNITED STATES DISTRICT COURT
DISTRICT OF NEW JERSEY

IN RE: APPLICATION OF MORI           )
HANA FOR AN ORDER PURSUANT TO        )     Misc. No. 24-mc-00321-KLM
28 U.S.C. § 1782                     )
                                     )     OPINION AND ORDER

Applicant Mori Hana, a novelist in Osaka, seeks leave to serve a subpoena on Example Social, Inc.`, "24-mc-00321-KLM", "njd", "Mori Hana", "Example Social, Inc."},
		{"one line, from a case-law site", `In re Kumo Shoji K.K., No. 1:24-mc-00417 (N.D. Ill. 2024)

IN THE UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT OF ILLINOIS EASTERN DIVISION In re Application of KUMO SHOJI K.K. for an Order Pursuant to 28 U.S.C. § 1782 No. 1:24-mc-00417 Kumo Shoji K.K. ("Kumo") has filed an ex parte application for leave to serve a subpoena on Example Social, Inc. ("Example").`, "1:24-mc-00417", "ilnd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"the judge's initials first, in Maryland", `IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF MARYLAND

IN RE APPLICATION OF KUMO SHOJI K.K.        *
FOR AN ORDER PURSUANT TO                    *     Misc. No. MJB-24-318
28 U.S.C. § 1782                            *

Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc. ("Example"). Kumo cites No. 24-mc-00999 in another court.`, "MJB-24-318", "mdd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"a print's docket line, then the caption's short number", `In re: Ex Parte Application of Kumo Shoji K.K.
District Court, S.D. Ohio
Date Filed: August 19, 2024
Docket Number: 1:24-mc-00014

UNITED STATES DISTRICT COURT SOUTHERN DISTRICT OF OHIO WESTERN DIVISION IN RE: EX PARTE APPLICATION OF KUMO SHOJI K.K., Applicant. Case No. 1:24-mc-14 ORDER Kumo Shoji K.K. ("Kumo") seeks leave to serve a subpoena on Example Social, Inc. ("Example").`, "1:24-mc-14", "ohsd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"number cited in the body is not the order's", `UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK

IN RE APPLICATION OF KUMO SHOJI K.K.

24-mc-455 (PQR)

Kumo Shoji K.K. ("Kumo") seeks a subpoena to Example Social, Inc. Other courts have granted such applications. See In re Kaze K.K., No. 23-mc-80999-XYZ, 2023 WL 1234567 (N.D. Cal. Jan. 2, 2023).`, "24-mc-455 (PQR)", "nysd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"an applicant's name hyphenated at a caption line's end", `UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
-------------------------------------------------------------x
                                                             :
IN RE APPLICATION OF MATHILDE COURTENAY-                     :
VASSEUR FOR AN ORDER PURSUANT TO 28                          :      24-mc-0452 (PQR)
U.S.C. § 1782                                                :
-------------------------------------------------------------x

     Mathilde Courtenay-Vasseur petitions under 28 U.S.C. § 1782 for leave to serve a subpoena
on Example Social, Inc.`, "24-mc-0452 (PQR)", "nysd", "Mathilde Courtenay-Vasseur", "Example Social, Inc."},
		{"two judges' initials", `IN THE UNITED STATES DISTRICT COURT
FOR THE EASTERN DISTRICT OF VIRGINIA
Alexandria Division

In re Application of Kumo Shoji K.K.          Case No. 1:24-mc-12 (RDA/WBP)

Kumo Shoji K.K. ("Kumo") seeks leave to serve a subpoena on Example Social, Inc.`, "1:24-mc-12 (RDA/WBP)", "vaed", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"platform in the caption's title, in capitals", `UNITED STATES DISTRICT COURT
DISTRICT OF DELAWARE

IN RE APPLICATION OF KUMO SHOJI K.K.     )
FOR AN ORDER TO OBTAIN DISCOVERY FROM    )    C.A. No. 24-mc-501 (ABC)
EXAMPLE HOSTING, LLC                     )

Kumo Shoji K.K. ("Kumo") says that the website was registered through Example Hosting, LLC ("Example"), and asks that Example be ordered to produce the registrant's name.`, "24-mc-501 (ABC)", "ded", "Kumo Shoji K.K.", "Example Hosting, LLC"},
		{"platform by the short name the order defines", `UNITED STATES DISTRICT COURT
DISTRICT OF DELAWARE

IN RE APPLICATION OF KUMO SHOJI K.K.

C.A. No. 24-mc-502 (ABC)

Kumo Shoji K.K. ("Kumo") says that the website was registered through a privacy service of Example Hosting, LLC ("Example"). Kumo may serve on Example a subpoena for the registrant's name.`, "24-mc-502 (ABC)", "ded", "Kumo Shoji K.K.", "Example Hosting, LLC"},
		{"a subpoena to be served on the platform", `UNITED STATES DISTRICT COURT
DISTRICT OF DELAWARE

IN RE APPLICATION OF KUMO SHOJI K.K.

C.A. No. 24-mc-503 (ABC)

Kumo Shoji K.K. ("Kumo") seeks leave to issue a subpoena to be served on Example Hosting, LLC, the registrar of the domain.`, "24-mc-503 (ABC)", "ded", "Kumo Shoji K.K.", "Example Hosting, LLC"},
		{"leave to subpoena the platform by its short name", `UNITED STATES DISTRICT COURT
DISTRICT OF DELAWARE

IN RE APPLICATION OF KUMO SHOJI K.K.

C.A. No. 24-mc-503 (ABC)

Kumo Shoji K.K. ("Kumo") wants to learn who runs a website. Its host is Example Hosting, LLC ("Example"). Kumo asks for leave to subpoena Example.`, "24-mc-503 (ABC)", "ded", "Kumo Shoji K.K.", "Example Hosting, LLC"},
		{"serve the platform, defined, with a subpoena", `UNITED STATES DISTRICT COURT
DISTRICT OF DELAWARE

IN RE APPLICATION OF KUMO SHOJI K.K.

C.A. No. 24-mc-503 (ABC)

Kumo Shoji K.K. ("Kumo") applies for an order permitting it to serve Example Hosting, LLC ("Example") with a subpoena.`, "24-mc-503 (ABC)", "ded", "Kumo Shoji K.K.", "Example Hosting, LLC"},
		{"the platform's name ends the sentence", `UNITED STATES DISTRICT COURT
DISTRICT OF DELAWARE

IN RE APPLICATION OF KUMO SHOJI K.K.

C.A. No. 24-mc-503 (ABC)

Kumo Shoji K.K. ("Kumo") seeks leave to serve a subpoena on Example Hosting, LLC.`, "24-mc-503 (ABC)", "ded", "Kumo Shoji K.K.", "Example Hosting, LLC"},
		{"pleading paper", `1
2
3
4
UNITED STATES DISTRICT COURT
5
NORTHERN DISTRICT OF CALIFORNIA
6
7 IN RE EX PARTE APPLICATION OF
8 KUMO SHOJI K.K.,
9 Applicant.
10 Case No. 24-mc-80001-ABC
11
12 Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc.`, "24-mc-80001-ABC", "cand", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"the case type first and the division's office in the number", `Case 2:24-mc-00017-ABC Document 5 Filed 02/05/24 Page 1 of 3

IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF ARIZONA

In re Application of Kumo Shoji K.K.          No. MC-24-00017-PHX-ABC

Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc.`, "MC-24-00017-PHX-ABC", "azd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"a case cited by number in the discussion's prose", `UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF NEW YORK
-----------------------------------------------x
IN RE APPLICATION OF KUMO SHOJI K.K.              MEMORANDUM AND ORDER
FOR AN ORDER PURSUANT TO 28 U.S.C. § 1782         24-MC-1183 (RML)
-----------------------------------------------x

Kumo Shoji K.K. ("Kumo") petitions for leave to serve a subpoena on Example Social, Inc. ("Example"). Petitioner cites In re Kaze K.K., No. 23-MC-2210 (PK), in which the court required notice to the account holder.`, "24-MC-1183 (RML)", "nyed", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"a case cited by number in a sentence that opens 'In'", `UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
---------------------------------------------------x
In re Application of KUMO SHOJI K.K. for an         :
Order Pursuant to 28 U.S.C. § 1782                  :    24-mc-0311 (ABC)
---------------------------------------------------x

Kumo Shoji K.K. ("Kumo") petitions for leave to serve a subpoena on Example Social, Inc. ("Example"). This is not Kumo's first petition. In In re Kumo Shoji K.K., No. 23-mc-0207 (ABC), the Court authorized a subpoena to another provider. The Court provides here, as it did not in No. 23-mc-0207, a route by which the account holder may object.`, "24-mc-0311 (ABC)", "nysd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"a verb after 'Petitioner' is no name", `UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF NEW YORK

IN RE EX PARTE PETITION FOR DISCOVERY UNDER 28 U.S.C. § 1782

24-MC-1184 (RML)

Petitioner cites In re Kaze K.K., No. 23-MC-2210 (PK), in which the court required notice. Petitioner seeks a subpoena to Example Social, Inc.`, "24-MC-1184 (RML)", "nyed", "", "Example Social, Inc."},
		{"a name in capitals whose letters fold apart (Turkish dotted I)", `UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF NEW YORK

IN RE APPLICATION OF EMİNE KARADAĞ FOR AN
ORDER TO TAKE DISCOVERY PURSUANT TO 28 U.S.C. § 1782

24-MC-1185 (RML)

Emine Karadağ, a novelist in Izmir, petitions for leave to serve a subpoena on Example Social, Inc. ("Example"). Petitioner cites In re Kaze K.K., No. 23-MC-2210 (PK), in which the court required notice.`, "24-MC-1185 (RML)", "nyed", "Emine Karadağ", "Example Social, Inc."},
		{"C.D. Cal.: a magistrate judge's referral initials, the applicant beside the title", `Case 2:24-mc-00077-ABC-DEF    Document 11    Filed 09/30/24    Page 1 of 4    Page ID #:141

 1                         UNITED STATES DISTRICT COURT
 2                        CENTRAL DISTRICT OF CALIFORNIA
 3
 4  In re Ex Parte Application of               Case No. 2:24-mc-00077-ABC (DEFx)
 5  KUMO SHOJI CO., LTD.,
 6                                              ORDER RE: EX PARTE APPLICATION
 7                 Applicant.                   FOR ORDER PURSUANT TO 28 U.S.C.
 8                                              § 1782
 9
10       Kumo Shoji Co., Ltd. ("Kumo") applies ex parte for leave to serve a subpoena on Example
11  Social, Inc. ("Example").`, "2:24-mc-00077-ABC (DEFx)", "cacd", "Kumo Shoji Co., Ltd.", "Example Social, Inc."},
		{"C.D. Cal.: both judges' initials in the number", `UNITED STATES DISTRICT COURT
CENTRAL DISTRICT OF CALIFORNIA

IN RE APPLICATION OF KUMO SHOJI K.K.          Case No. 5:24-mc-00018-JGB-SPx

Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc.`, "5:24-mc-00018-JGB-SPx", "cacd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"S.D. Fla.: the judge's surname in the number", `UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF FLORIDA

CASE NO. 24-20418-MC-ALTONAGA

IN RE: APPLICATION OF KUMO SHOJI K.K.
FOR JUDICIAL ASSISTANCE PURSUANT TO 28 U.S.C. § 1782.

Kumo Shoji K.K. ("Kumo") seeks leave to serve a subpoena on Example Social, Inc.`, "24-20418-MC-ALTONAGA", "flsd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"S.D. Fla.: both judges' surnames in capitals", `UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF FLORIDA

CASE NO. 24-20419-MC-LANDRY/QUIROGA

IN RE: APPLICATION OF KUMO SHOJI K.K.

Kumo Shoji K.K. ("Kumo") seeks leave to serve a subpoena on Example Social, Inc.`, "24-20419-MC-LANDRY/QUIROGA", "flsd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"S.D. Fla.: the district and magistrate judges' surnames", `UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF FLORIDA

Case No. 1:24-mc-21940-BLOOM/Otazo-Reyes

IN RE: APPLICATION OF KUMO SHOJI K.K.

Kumo Shoji K.K. ("Kumo") seeks leave to serve a subpoena on Example Social, Inc.`, "1:24-mc-21940-BLOOM/Otazo-Reyes", "flsd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"a case-law site's court line, the district in initials", `IN RE: APPLICATION OF KUMO SHOJI K.K. FOR AN ORDER PURSUANT TO 28 U.S.C. § 1782.

No. 3:25-mc-88-S-BR.

United States District Court, N.D. Texas, Dallas Division.

September 9, 2025.

MEMORANDUM OPINION AND ORDER

Kumo Shoji K.K. ("Kumo") seeks leave to serve a subpoena on Example Social, Inc.`, "3:25-mc-88-S-BR", "txnd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"a case-law site's court line, a district of the whole state", `IN RE: APPLICATION OF KUMO SHOJI K.K.

No. 25-mc-214.

United States District Court, D. New Jersey.

Kumo Shoji K.K. ("Kumo") seeks leave to serve a subpoena on Example Social, Inc.`, "25-mc-214", "njd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"N.D. Ga.: a miscellaneous number, mi", `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF GEORGIA
ATLANTA DIVISION

IN RE APPLICATION OF                    :
KUMO SHOJI K.K. FOR AN ORDER            :   CIVIL ACTION FILE
PURSUANT TO 28 U.S.C. § 1782            :   NO. 1:25-mi-00614-TWB

Kumo Shoji K.K. ("Kumo") seeks leave to serve a subpoena on Example Social, Inc.`, "1:25-mi-00614-TWB", "gand", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"N.D. Tex.: the district and magistrate judges' letters", `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF TEXAS
DALLAS DIVISION

IN RE APPLICATION OF KUMO SHOJI K.K.

No. 3:25-mc-88-S-BR

Kumo Shoji K.K. ("Kumo") seeks leave to serve a subpoena on Example Social, Inc.`, "3:25-mc-88-S-BR", "txnd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"N.D. Tex.: one judge's letter", `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF TEXAS
FORT WORTH DIVISION

IN RE APPLICATION OF KUMO SHOJI K.K.

Civil Action No. 4:25-mc-00310-O

Kumo Shoji K.K. ("Kumo") seeks leave to serve a subpoena on Example Social, Inc.`, "4:25-mc-00310-O", "txnd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"W.D. Tex.: the division's letters before the number, the ECF header's form apart", `Case 1:24-mc-00512-RDM Document 6 Filed 07/02/24 Page 1 of 3

IN THE UNITED STATES DISTRICT COURT
FOR THE WESTERN DISTRICT OF TEXAS
AUSTIN DIVISION

IN RE APPLICATION OF KUMO SHOJI K.K.        §
FOR AN ORDER UNDER 28 U.S.C. § 1782         §      AU-24-MC-00512-RDM
                                            §

Kumo Shoji K.K. ("Kumo") seeks leave to serve a subpoena on Example Social, Inc.`, "AU-24-MC-00512-RDM", "txwd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"a number's last word is no judge", `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF TEXAS

IN RE APPLICATION OF KUMO SHOJI K.K.

No. 3:25-mc-88-Order Granting Application

Kumo Shoji K.K. ("Kumo") seeks leave to serve a subpoena on Example Social, Inc.`, "3:25-mc-88", "txnd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"a platform whose name has \"of\" in it", `UNITED STATES DISTRICT COURT
DISTRICT OF NEW JERSEY

In re Application of Kumo Shoji K.K.

Misc. No. 24-0101 (ABC)

OPINION AND ORDER

Pending before the Court is Kumo Shoji K.K.'s ("Kumo") ex parte application, which seeks leave to serve a subpoena duces tecum on Garden State Broadband of New Jersey LLC ("Garden"), an Internet service provider.`, "24-0101 (ABC)", "njd", "Kumo Shoji K.K.", "Garden State Broadband of New Jersey LLC"},
		{"a platform that is a company, incorporated", `UNITED STATES DISTRICT COURT
DISTRICT OF NEW JERSEY

In re Application of Kumo Shoji K.K.

Misc. No. 24-0102 (ABC)

ORDER

Kumo Shoji K.K. ("Kumo") applies ex parte for leave to serve a subpoena on Example Retail Co., Inc. ("Example") for information identifying three reviewers.`, "24-0102 (ABC)", "njd", "Kumo Shoji K.K.", "Example Retail Co., Inc."},
		{"W.D.N.Y.: the caption's number alone on its line, shorter than the ECF header's", `Case 1:24-mc-00031-ABC     Document 6     Filed 05/14/24     Page 1 of 3

UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF NEW YORK

IN RE APPLICATION OF KUMO SHOJI K.K.
FOR AN ORDER UNDER 28 U.S.C. § 1782
                                                       24-MC-31-ABC

DECISION AND ORDER

Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc. ("Example").`, "24-MC-31-ABC", "nywd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"D. Neb.: office, year, type and serial run together; the header's form apart", `   8:24-mc-00017-ABC     Doc # 9     Filed: 06/09/24     Page 1 of 3 - Page ID # 41

IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF NEBRASKA

IN RE APPLICATION OF KUMO SHOJI K.K.
FOR AN ORDER PURSUANT TO 28 U.S.C. § 1782                      8:24MC17

MEMORANDUM AND ORDER

Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc. ("Example").`, "8:24MC17", "ned", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"D. Neb.: the run-together form, labelled", `IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF NEBRASKA

IN RE APPLICATION OF KUMO SHOJI K.K.          Case No. 4:24MC5

Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc. ("Example").`, "4:24MC5", "ned", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"E.D. La.: year and serial only, the ECF header's form apart", `       Case 2:24-mc-02237-ABC-DEF      Document 6      Filed 10/28/24      Page 1 of 2

UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF LOUISIANA

IN RE APPLICATION OF KUMO SHOJI K.K.              MISCELLANEOUS ACTION
FOR AN ORDER PURSUANT TO 28 U.S.C. § 1782
TO CONDUCT DISCOVERY FOR USE IN A                 NO. 24-2237
FOREIGN PROCEEDING
                                                  SECTION: "D" (3)

ORDER AND REASONS

Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc. ("Example"). See In re Kaze K.K., No. 23-1561 (E.D. La. Nov. 12, 2023).`, "24-2237", "laed", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"year and serial only, no other form to confirm it: left to a person", `UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF LOUISIANA

IN RE APPLICATION OF KUMO SHOJI K.K.

Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc. ("Example"). Its Exhibit No. 24-2237 is a declaration.`, "", "laed", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"E.D. Wis.: the judge's letters in small letters", `UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF WISCONSIN

| IN RE EX PARTE APPLICATION OF KUMO SHOJI K.K. | Case No. 24-mc-38-abc |
|---|---|

Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc. ("Example").`, "24-mc-38-abc", "wied", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"S.D.N.Y.: the year, Misc. and the serial, on a line of their own", `UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK

In re Ex Parte Application of Kumo Shoji K.K.

24 Misc. 123 (ABC)

OPINION & ORDER

Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc. ("Example").`, "24 Misc. 123 (ABC)", "nysd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"E.D. Pa.: a miscellaneous number of year and serial, labelled", `IN THE UNITED STATES DISTRICT COURT
FOR THE EASTERN DISTRICT OF PENNSYLVANIA

IN RE: EX PARTE APPLICATION OF          :
KUMO SHOJI K.K.                         :     MISCELLANEOUS NO. 24-123
                                        :

ORDER

Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc. ("Example").`, "24-123", "paed", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"N.D. Ill.: the year, the case's letter and the serial, spaced", `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF ILLINOIS
EASTERN DIVISION

IN RE APPLICATION OF KUMO SHOJI K.K.

No. 24 C 1234

Magistrate Judge Mary Q. Lindqvist

Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc. ("Example").`, "24 C 1234", "ilnd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"the label on one line, the number below it in the right column", `IN THE UNITED STATES DISTRICT COURT
FOR THE NORTHERN DISTRICT OF GEORGIA
ATLANTA DIVISION

IN RE APPLICATION OF KUMO SHOJI K.K.      CIVIL ACTION NO.
                                          1:24-mc-00456-ABC

ORDER

Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc. ("Example").`, "1:24-mc-00456-ABC", "gand", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"a letter before the order cites the number in its short form; the caption's is the order's", `MIDCO
Legal Compliance

Re:   Subpoena issued in In re Application of Kumo Shoji K.K.,
      U.S. District Court for the District of South Dakota, No. 4:24-mc-04011

Dear Customer: we enclose the order.

ENCLOSURE

UNITED STATES DISTRICT COURT
DISTRICT OF SOUTH DAKOTA
SOUTHERN DIVISION

 IN RE EX PARTE APPLICATION OF                          4:24-MC-04011-ABC
 KUMO SHOJI K.K.

Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc. ("Example").`, "4:24-MC-04011-ABC", "sdd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"an e-mail's subject line: the applicant ends at its dash", `From: Counsel
Subject: FW: 1:24MC38 In re Application of Kumo Shoji K.K. -- Order on Application

Text of the order below.

IN THE UNITED STATES DISTRICT COURT
FOR THE MIDDLE DISTRICT OF NORTH CAROLINA

IN RE APPLICATION OF KUMO SHOJI         )
K.K. FOR AN ORDER                       )       1:24MC38

Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc. ("Example").`, "1:24MC38", "ncmd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"the platform named where the order lets the applicant serve on it a subpoena", `UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF TEXAS
TYLER DIVISION

IN RE APPLICATION OF KUMO SHOJI K.K.       §
                                           §     CIVIL ACTION NO. 6:24-MC-00019-ABC
                                           §

Before the Court is Kumo Shoji K.K.'s Ex Parte Application for an Order Pursuant to 28 U.S.C. § 1782. The posts traced to IP addresses assigned by Example Cable, LLC, doing business as Example Net ("Example Net"). The Court GRANTS the application. Kumo may serve on Example Cable, LLC a subpoena limited to Requests 1 and 2.`, "6:24-MC-00019-ABC", "txed", "Kumo Shoji K.K.", "Example Cable, LLC"},
		{"an applicant with a doctor's title", `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

IN RE APPLICATION OF DR. MARIA KUMO FOR AN ORDER UNDER 28 U.S.C. § 1782

Case No. 24-mc-80301-ABC

Dr. Maria Kumo, a dentist in Freiburg, applies ex parte for leave to serve a subpoena on Example Social, Inc. ("Example").`, "24-mc-80301-ABC", "cand", "Maria Kumo", "Example Social, Inc."},
		{"an applicant with an accent, its case number on the next line", `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

IN RE EX PARTE APPLICATION OF ÉDITIONS KUMO & FILS SAS
Case No. 24-mc-80241-ABC

ORDER GRANTING APPLICATION

Éditions Kumo & Fils SAS asks to serve a subpoena on Example Social, Inc. ("Example").`, "24-mc-80241-ABC", "cand", "Éditions Kumo & Fils SAS", "Example Social, Inc."},
		{"the platform named as the one the identity is sought from", `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF TEXAS
DALLAS DIVISION

IN RE APPLICATION OF KUMO SHOJI K.K.

No. 3:24-mc-00058-K

Kumo Shoji K.K. ("Kumo") seeks the user's identity from Example Dating, LLC ("Example"), which operates the app from Dallas.`, "3:24-mc-00058-K", "txnd", "Kumo Shoji K.K.", "Example Dating, LLC"},
		{"for order, with no article, the name broken over lines", `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA
OAKLAND DIVISION

IN RE EX PARTE APPLICATION OF KUMO
SHOJI GMBH FOR ORDER PURSUANT TO 28
U.S.C. § 1782 AUTHORIZING DISCOVERY
FROM EXAMPLE SOCIAL, INC.

Case No. 4:24-mc-80309-ABC

ORDER GRANTING APPLICATION AS
MODIFIED

Kumo Shoji GmbH ("Kumo") has applied ex parte for an order permitting it to serve a subpoena on Example Social, Inc. ("Example").`, "4:24-mc-80309-ABC", "cand", "Kumo Shoji GmbH", "Example Social, Inc."},
		{"two columns, the case number beside 'Application of', the name a line below", `UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF WASHINGTON
AT SEATTLE

     In re Ex Parte Application of                  CASE NO. 2:24-mc-00083-ABC

     KUMO SHOJI K.K.,                               ORDER GRANTING EX PARTE
                                                    APPLICATION FOR LEAVE TO
                    Applicant.                      SERVE SUBPOENA

Kumo Shoji K.K. ("Kumo") applies ex parte for leave to serve a subpoena on Example Social, Inc. ("Example").`, "2:24-mc-00083-ABC", "wawd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"two columns, 'Case No.' beside 'Application of', the platform at the title's end", `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA
OAKLAND DIVISION


  In re Ex Parte Application of                         Case No. 4:24-mc-80203-ABC

  KUMO BISTRO INC.,                                     ORDER GRANTING IN PART AND
                                                        DENYING IN PART APPLICATION FOR
                   Applicant.                           LEAVE TO SERVE SUBPOENA ON
                                                        EXAMPLE SOCIAL, INC.

                                                        Re: Dkt. No. 1


       Kumo Bistro Inc. operates a restaurant in Ottawa. It asks under 28 U.S.C. § 1782
for leave to subpoena Example Social, Inc. for information identifying two users.`, "4:24-mc-80203-ABC", "cand", "Kumo Bistro Inc.", "Example Social, Inc."},
		{"a PACER docket report's header, the case's name beside its filing date", `U.S. District Court
California Northern District (Oakland)
CIVIL DOCKET FOR CASE #: 4:24-mc-80102-ABC

In re Ex Parte Application of Kumo Interactive Co., Ltd.   Date Filed: 03/06/2024
Assigned to: Magistrate Judge Alice B. Carter                Date Terminated: 04/14/2024

 04/14/2024    9   ORDER by Magistrate Judge Alice B. Carter granting [1] Ex Parte Application.
                   Kumo may serve a subpoena on Example Social, Inc.`, "4:24-mc-80102-ABC", "cand", "Kumo Interactive Co., Ltd.", "Example Social, Inc."},
		{"the caption in capitals without the name's accents", `UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF VIRGINIA

IN RE EX PARTE APPLICATION OF
KUMO LOJISTIK A.S.

Case No. 1:24-mc-00031

Kumo Lojistik A.Ş. ("Kumo") applies ex parte for leave to serve a subpoena on Example Social, Inc. ("Example").`, "1:24-mc-00031", "vaed", "Kumo Lojistik A.Ş.", "Example Social, Inc."},
		{"columns ruled by colons, the spaces around them collapsed, no blank line after", `UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
---------------------------------------------------------------x
In re Application of : 24-mc-0198 (ABC)
KUMO SHOJI K.K., for an Order :
Pursuant to 28 U.S.C. § 1782 to Conduct : MEMORANDUM
Discovery for Use in a Foreign : AND ORDER
Proceeding. :
---------------------------------------------------------------x
MARY Q. LINDQVIST, United States District Judge:
Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc. ("Example").`, "24-mc-0198 (ABC)", "nysd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"the platform named as the one that moves to quash", `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

IN RE APPLICATION OF KUMO SHOJI K.K.,
Applicant.

Case No. 3:24-mc-80255-ABC

ORDER DENYING MOTION TO QUASH

Example Social, Inc. ("Example") moves to quash the subpoena that the Court authorized on June 3, 2024
under 28 U.S.C. § 1782. Kumo Shoji K.K. opposes. For the reasons that follow, the motion is DENIED.`, "3:24-mc-80255-ABC", "cand", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"the caption in capitals, the name with letters that are no plain letter and a mark (ı, ł)", `UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF VIRGINIA

IN RE APPLICATION OF KUMO YAZILIM WYDAWNICTWO MŁYN A.Ş. FOR AN ORDER PURSUANT TO 28 U.S.C. § 1782

Case No. 1:24-mc-00032

Kumo Yazılım Wydawnictwo Młyn A.Ş. ("Kumo") applies ex parte for leave to serve a subpoena on Example Social, Inc. ("Example").`, "1:24-mc-00032", "vaed", "Kumo Yazılım Wydawnictwo Młyn A.Ş.", "Example Social, Inc."},
		{"the applicant named as a party, v. the platform", `UNITED STATES DISTRICT COURT

NORTHERN DISTRICT OF CALIFORNIA

KUMO ROBOTICS CO., LTD.,                        Case No. 4:24-mc-80329-ABC

               Applicant,                       ORDER GRANTING IN PART AND
                                                DENYING IN PART EX PARTE
          v.                                    APPLICATION

EXAMPLE SOCIAL, INC.,

               Respondent.

Kumo Robotics Co., Ltd. ("Kumo") applies ex parte for leave to serve a subpoena on Example Social, Inc. ("Example").`, "4:24-mc-80329-ABC", "cand", "Kumo Robotics Co., Ltd.", "Example Social, Inc."},
		{"the judges' letters after a space, in a parenthesis caption", `IN THE UNITED STATES DISTRICT COURT

FOR THE DISTRICT OF HAWAII

IN RE EX PARTE APPLICATION OF     )   MISC. NO. 24-00031 ABC-DEF
KUMO SHOJI K.K.                   )
                                  )   ORDER GRANTING EX PARTE
__________________________________)   APPLICATION

Kumo Shoji K.K. ("Kumo") applies ex parte for leave to serve a subpoena on Example Social, Inc. ("Example").`, "24-00031 ABC-DEF", "hid", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"S.D.N.Y.'s \"26 Misc. 214 (LGR)\" beside its ECF header", `Case 1:24-mc-00214-ABC     Document 12     Filed 06/03/24     Page 1 of 5

UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
---------------------------------------------------------------x
In re Application of KUMO SHOJI K.K. for an Order              :
Pursuant to 28 U.S.C. § 1782.                                  :     24 Misc. 214 (ABC)
                                                               :
---------------------------------------------------------------x

Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc. ("Example").`, "24 Misc. 214 (ABC)", "nysd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"D. Ariz.'s number, the office after it, unlabelled beside its ECF header", `Case 2:24-mc-00034-ABC     Document 6     Filed 07/14/24     Page 1 of 3

                        UNITED STATES DISTRICT COURT
                            DISTRICT OF ARIZONA

 In re Application of Kumo Shoji K.K.               MC-24-00034-PHX-ABC
 for an Order Pursuant to 28 U.S.C. § 1782
 to Obtain Discovery from Example Social, Inc.      Date: July 14, 2024

Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc. ("Example").`, "MC-24-00034-PHX-ABC", "azd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"the platform named with its role before its name where it is defined", `UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF WASHINGTON

IN RE EX PARTE APPLICATION OF KUMO SHOJI K.K.      No. 2:24-mc-00044-ABC

        Applicant Kumo Shoji K.K. ("Kumo") and Respondent Example Social, Inc. ("Example"),
through their counsel, stipulate as follows. Kumo may serve on Example a subpoena for documents sufficient to show the name of the account holder.`, "2:24-mc-00044-ABC", "wawd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"S.D.N.Y.'s M docket beside its ECF header", `Case 1:24-mc-00088-ABC     Document 7     Filed 11/12/24     Page 1 of 5

UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
-------------------------------------------------------------------X
In re Ex Parte Application of KUMO SHOJI K.K.,                     :
                                                                   :     M 19-88
                              Petitioner.                          :
-------------------------------------------------------------------X

Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc. ("Example").`, "M 19-88", "nysd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"W.D. Wash.'s \"MC24-0044-ABC\", labelled", `            Case 2:24-mc-00044-ABC   Document 10   Filed 04/21/24   Page 1 of 4

                           UNITED STATES DISTRICT COURT
                          WESTERN DISTRICT OF WASHINGTON
                                     AT SEATTLE

      IN RE EX PARTE APPLICATION OF                    CASE NO. MC24-0044-ABC
      KUMO SHOJI K.K.
                                                       ORDER GRANTING APPLICATION

Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc. ("Example").`, "MC24-0044-ABC", "wawd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"E.D.N.Y.'s two judges' initials, each in parentheses", `UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF NEW YORK

In re Application of Kumo Shoji K.K.,              No. 24-MC-1471 (ABC) (DEF)

Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc. ("Example").`, "24-MC-1471 (ABC) (DEF)", "nyed", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"a caption \"Ex parte\" and the applicant's name", `                       IN THE UNITED STATES DISTRICT COURT
                            FOR THE DISTRICT OF ARIZONA

   Ex parte Kumo Shoji K.K.,                     No. MC-24-00019-PHX-ABC

                  Applicant.                     ORDER

         Pending before the Court is the Ex Parte Application for an Order Under 28 U.S.C. § 1782 (Doc. 1), filed by Kumo Shoji K.K. ("Kumo"). Kumo seeks leave to serve a subpoena on Example Social, Inc. ("Example"). Section 1782 permits discovery "upon the application of any interested person." The statutory requirements are met.`, "MC-24-00019-PHX-ABC", "azd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"the platform named by its part: counsel for non-party", `UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK

In re Application of Kumo Shoji K.K., No. 24-mc-0388 (ABC)

We write jointly with counsel for non-party Example Social USA Inc. ("Example"), pursuant to Your Honor's Order of May 28, 2024.`, "24-mc-0388 (ABC)", "nysd", "Kumo Shoji K.K.", "Example Social USA Inc."},
		{"the platform named by its part: a letter by non-party", `UNITED STATES DISTRICT COURT
MIDDLE DISTRICT OF FLORIDA

In re Application of Kumo Shoji K.K.          Case No. 6:24-mc-00051-ABC

ORDER

This matter is before the Court on the application of Kumo Shoji K.K. ("Kumo") and on the letter submitted by non-party Example Hosting,
Inc. (Example) on November 6, 2024.`, "6:24-mc-00051-ABC", "flmd", "Kumo Shoji K.K.", "Example Hosting, Inc."},
		{"the platform named by its part: the subpoena recipient", `UNITED STATES DISTRICT COURT
DISTRICT OF ARIZONA

In re Application of Kumo Shoji K.K.          No. MC-24-00051-PHX-ABC

ORDER

Before the Court is the stipulated motion of the applicant, Kumo Shoji K.K. ("Kumo"), and the subpoena recipient, Example Social, Inc. ("Example").`, "MC-24-00051-PHX-ABC", "azd", "Kumo Shoji K.K.", "Example Social, Inc."},
		{"the platform named by its part: the recipient of the proposed subpoena", `UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK

In re Application of Kumo Shoji K.K., No. 24-mc-0390 (ABC)

We write jointly with counsel for Example Social Inc.
("Example"), the recipient of the proposed subpoena, in response to the Court's order of June 2, 2024.`, "24-mc-0390 (ABC)", "nysd", "Kumo Shoji K.K.", "Example Social Inc."},
		{"the platform named by its part: respondent", `UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF NEW YORK

In re Application of Kumo Shoji K.K., No. 24-mc-0391 (ABC)

On behalf of respondent Example Social, Inc. ("Example"), we write in response to the Court's Order to Show Cause.`, "24-mc-0391 (ABC)", "nyed", "Kumo Shoji K.K.", "Example Social, Inc."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Read(draft{caption: tt.caption}.String())
			o := p.Order
			if o.CaseNumber != tt.caseNumber || o.Court.ID != tt.court || o.Applicant != tt.applicant || o.Provider != tt.prov {
				t.Errorf("case %q, court %q, applicant %q, platform %q; want %q, %q, %q, %q", o.CaseNumber, o.Court.ID, o.Applicant, o.Provider, tt.caseNumber, tt.court, tt.applicant, tt.prov)
			}
		})
	}
}

// TestDeniedOrderHasNoTerms: a denied application authorizes nothing, so
// nothing of a subpoena or its conditions is read from it, even where the
// order describes the applicant's proposed terms.
func TestDeniedOrderHasNoTerms(t *testing.T) {
	d := draft{
		discussion: "Kumo's proposed order would require Example to notify the account holder within ten (10) days after service of the subpoena.",
		conclusion: "The application is DENIED without prejudice. Were it renewed, Example shall notify the account holder within ten (10) days of service of the subpoena.",
	}
	p := Read(d.String())
	o := p.Order
	if o.Disposition != order.Denied || len(o.Requests) != 0 || len(o.Conditions) != 0 || o.UseRestriction.Text != "" {
		t.Errorf("disposition %q, %d requests, %d conditions, use %q", o.Disposition, len(o.Requests), len(o.Conditions), o.UseRestriction.Text)
	}
}

// TestUseRestriction: what the applicant may do with what it obtains, and
// what is not a use restriction.
func TestUseRestriction(t *testing.T) {
	tests := []struct {
		text  string
		use   bool
		court bool
	}{
		{"Kumo may use the information it obtains only in the civil action in Japan, and may not disclose it for any other purpose without the Court's leave.", true, true},
		{"Information obtained through the subpoena shall be used solely in connection with the proceedings in Japan described in the application.", true, false},
		{"Kumo shall not use the discovery for any purpose other than the contemplated defamation action.", true, false},
		{"Whatever Kumo receives it may use only in the contemplated civil action in Japan, and for no other purpose.", true, false},
		{"Information produced under the subpoena may be used for no purpose other than the civil action in Japan.", true, false},
		{"The information produced shall not be used except in the Lyon action described in the application.", true, false},
		{"Kumo shall not use any information obtained through the subpoena except in connection with the contemplated proceedings in the Tokyo District Court.", true, false},
		{"Whatever Kumo obtains through the subpoena may be put to use in the contemplated Osaka District Court action and in no other matter.", true, false},
		{"The information produced is for the contemplated claims in the High Court of Justice and for nothing else.", true, false},
		{"Example may use e-mail only to give notice to the account holder.", false, false},
		{"Any information produced in response to the subpoena shall be used by the Applicant and Mr. Tanaka solely for the purpose of the proceedings in Japan described in the application.", true, false},
		{"Example may use the e-mail address Mr. Tanaka gave only to give notice to the account holder.", false, false},
		{"Use of the documents produced is limited to the foreign proceeding.", true, false},
		{"Kumo shall use anything produced only in the proceedings in Japan described in its application.", true, false},
		{"The use of any information obtained under the subpoena shall be restricted to the Tokyo action.", true, false},
		{"Use of e-mail is limited to giving notice to the account holder.", false, false},
		{"Finally, anything Kumo obtains through the subpoena may be used only for the defamation proceedings it brings in Japan, and for no other purpose.", true, false},
		{"The Court limits Mr. Tanaka's use of whatever he\nobtains to the defamation action it intends to bring in Japan.", true, false},
		{"Whatever is produced shall be used by Ms. Tanaka only in the defamation proceedings she intends to bring in the Tokyo District Court and shall not be used for any other purpose.", true, false},
		{"Kumo has offered to use any information it receives only in the Tokyo suit. The Court notes the offer but does not make it a condition of this Order.", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			u := Read(conclusionWith(tt.text)).Order.UseRestriction
			if (u.Text != "") != tt.use || u.ReleaseRequiresCourtOrder != tt.court {
				t.Errorf("use restriction %q (release needs the court: %v); want %v, %v", u.Text, u.ReleaseRequiresCourtOrder, tt.use, tt.court)
			}
		})
	}
}

// TestNarrativeRequest: a subpoena described in a sentence rather than a
// list; what the sentence says it does not seek is not asked for.
func TestNarrativeRequest(t *testing.T) {
	tests := []struct {
		name, requests, conclusion string
		cats                       []order.Category
		excluded                   []order.Field
	}{
		{"the platform named in an appositive, with its Inc.", "The proposed subpoena, directed to Example Social, Inc. (\"Example\"), the operator of the app, seeks documents sufficient to show, for the account: the names of the account holder; and the telephone numbers registered to it. [ECF No. 1-2, Schedule A].",
			"The application is GRANTED. Kumo may serve the proposed subpoena on Example.", []order.Category{order.Names, order.Phones}, nil},
		{"a quoted category in a series of the fields sought", "The proposed subpoena asks for documents sufficient to show the identity of each account holder, including names, physical addresses, e-mail addresses, telephone numbers, \"all payment information\" for purchases on the accounts, including PayPal accounts, and the IP addresses, with dates and times, of every log-in since May 1, 2026. Dkt. No. 1-1.",
			"The application is GRANTED. Kumo may serve the proposed subpoena on Example.", []order.Category{order.Names, order.Addresses, order.Emails, order.Phones, order.OtherPayment, order.AccessLogs}, nil},
		{"the subpoena attached to a declaration whose declarant has a middle initial", "Kumo asks to serve a subpoena on Example.",
			"The application is GRANTED, as follows:\n\n1. Kumo may serve on Example the subpoena attached as Exhibit A to the Declaration of Jonah P. Eberhardt, which seeks documents sufficient to show, for the accounts: the names, postal addresses and telephone numbers of the account holders.", []order.Category{order.Names, order.Addresses, order.Phones}, nil},
		{"the fields on the account, then a payout account in a part of its own", "Kumo asks to serve a subpoena on Example.",
			"The application is GRANTED. Kumo may serve on Example a subpoena for documents sufficient to show the name and e-mail address on the account, the bank or other payout account to which the newsletter's revenue is remitted, and the IP addresses used to log in since May 1, 2026.", []order.Category{order.Names, order.Emails, order.OtherPayment, order.AccessLogs}, nil},
		{"cited by its docket entry and exhibit", "The proposed subpoena (Dkt. No. 1-3, Ex. A) therefore asks Example for documents sufficient to show the names and telephone numbers registered to the account, and the IP addresses, with dates and times, from which it was logged into.",
			"The application is GRANTED. Kumo may serve the proposed subpoena on Example.", []order.Category{order.Names, order.Phones, order.AccessLogs}, nil},
		{"the applicant proposes a subpoena asking the platform for documents, then the court says what it asks and seeks no", "Kumo proposes a subpoena asking Example for documents sufficient to show the name, the postal address registered on the account, and the e-mail address and telephone number on the account. It does not seek any record of log-ins or the content of any communication.\n\nThe subpoena has been drafted with care. It is limited to a single account, it asks only for documents sufficient to show the listed items, and it seeks no log-in history and no communications.",
			"The application is GRANTED. Kumo may serve on Example the subpoena attached to its application as Exhibit 1.", []order.Category{order.Names, order.Addresses, order.Emails, order.Phones}, nil},
		{"what the subpoena seeks no more of names no category it seeks", "The subpoena has been drafted with care. It is limited to a single account, it asks only for documents sufficient to show the listed items, and it seeks no log-in history and no communications.",
			"The application is GRANTED. Kumo may serve on Example the subpoena attached to its application as Exhibit 1.", nil, nil},
		{"as revised, the subpoena shall call only for documents sufficient to show the following: run into the sentence", "Kumo asks to serve a subpoena on Example.",
			"The application is GRANTED AS MODIFIED. Kumo may serve on Example a subpoena in substantially the form attached to its application, revised as this Order requires. As revised, the subpoena shall call only for documents sufficient to show the following for the Example account associated with the channel \"Ura Jouhou\": the name and address registered to the account; every e-mail address associated with it; and the IP addresses from which the account was accessed.", []order.Category{order.Names, order.Addresses, order.Emails, order.AccessLogs}, nil},
		{"a subpoena that seeks documents sufficient to identify the people, then it asks for the names ...", "The subpoena, as the application describes it, seeks documents sufficient to identify the\npeople behind the two accounts. It asks for the names associated with each account, for the\ne-mail addresses and telephone numbers registered to it, and for the IP addresses, with the dates and times, from\nwhich each account was accessed. It does\nnot ask for the content of any private message.",
			"The application is GRANTED. Kumo may serve the proposed subpoena on Example, revised so that each request seeks documents sufficient to show, rather than all documents concerning, the information it describes.", []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, nil},
		{"a subpoena that asks for all documents concerning the accounts, then it seeks the names ...", "The subpoena, as proposed, asks Example for all documents concerning the accounts\nthrough which the two sites are hosted. It seeks the names of the account holders; the\nbilling and contact addresses on the accounts; and the e-mail addresses and telephone numbers\nassociated with them.",
			"The application is GRANTED. Kumo may serve the proposed subpoena on Example, revised so that each request seeks documents sufficient to show, rather than all documents concerning, the information it describes.", []order.Category{order.Names, order.Addresses, order.Emails, order.Phones}, nil},
		{"all documents identifying the holder, then in particular it asks for the names ...", "The proposed subpoena (ECF No. 5, Ex. 1) seeks all documents identifying the holder of the\nExample account through which the podcast is published. In particular, it asks for the names on those\naccounts; and the e-mail addresses associated with them.",
			"The application is GRANTED. Kumo may serve the proposed subpoena on Example, revised so that each request seeks documents sufficient to show, rather than all documents concerning, the information it describes.", []order.Category{order.Names, order.Emails}, nil},
		{"a subpoena framed as a request for all documents showing the following", "The subpoena Kumo proposes is framed, for each of the two accounts, as a request for\nall documents showing the following: the names of the account holder; the e-mail addresses and telephone numbers associated\nwith it.",
			"The application is GRANTED. Kumo may serve the proposed subpoena on Example, revised so that each request seeks documents sufficient to show, rather than all documents concerning, the information it describes.", []order.Category{order.Names, order.Emails, order.Phones}, nil},
		{"a subpoena, which a person named with initials attaches, seeks", "The subpoena, which Ms. Sato attaches to the declaration of her counsel here, Jonathan P.\nOcampo, seeks documents sufficient to show, for each of the three accounts: the name\nassociated with the account; and the e-mail addresses and telephone numbers\nregistered to it.",
			"The application is GRANTED. Kumo may serve the proposed subpoena on Example, revised so that each request seeks documents sufficient to show, rather than all documents concerning, the information it describes.", []order.Category{order.Names, order.Emails, order.Phones}, nil},
		{"all documents and communications relating to the accounts, including", "As framed in the application, the proposed subpoena seeks all documents and communications\nrelating to the two accounts, including the names associated with them; the e-mail addresses\nregistered to them; and every IP address, with its date and time, from which\neach account was accessed since its creation.",
			"The application is GRANTED. Kumo may serve the proposed subpoena on Example, revised so that each request seeks documents sufficient to show, rather than all documents concerning, the information it describes.", []order.Category{order.Names, order.Emails, order.AccessLogs}, nil},
		{"card fields left out by a but not set off by commas, the items going on after it", "The proposed subpoena seeks all documents showing, for each account, the name of the account holder, the name and billing address associated with any payment card used on the account, but not the card number or expiration date, the date and time of the account's creation, and the IP addresses of each log-in to the account.",
			"The application is GRANTED. Kumo may serve the proposed subpoena on Example, revised so that each request seeks documents sufficient to show, rather than all documents concerning, the information it describes.", []order.Category{order.Names, order.CardHolder, order.AccessLogs, order.AccountCreation}, []order.Field{order.CardNumber, order.CardExpiration}},
		{"granted requests, and the subpoena may seek", "Kumo asks to serve a subpoena on Example.",
			"Requests 1 through 4 and Request 6 are therefore GRANTED, and the subpoena may seek documents sufficient to show the name, e-mail addresses and telephone numbers associated with each account; the name and billing address of the holder of any payment card on file, but not the card number; and the IP addresses, with dates and times, of log-ins to each account from January 1, 2026 to the present. Request 5 (non-card payment records) is DENIED.", []order.Category{order.Names, order.Emails, order.Phones, order.CardHolder, order.AccessLogs}, []order.Field{order.CardNumber}},
		{"lettered items on lines of their own, one leaving fields out to its semicolon", "Kumo asks to serve a subpoena on Example.",
			"IT IS HEREBY ORDERED THAT:\n\n1. The Application is GRANTED.\n\n2. The Subpoena shall seek only documents sufficient to show, for each Subject Account:\n\n     (a) Basic Subscriber Information, consisting of the name and the email address associated with the Subject Account; provided, however, that Basic Subscriber Information does not include any date of birth or postal address;\n\n     (b) Registration Data, consisting of the date and time of the Subject Account's creation and the IP address from which it was created.\n\n3. Example shall notify each Account Holder within seven (7) days of being served with this Order.", []order.Category{order.Names, order.Emails, order.AccountCreation}, nil},
		{"the applicant asks for documents sufficient to identify", "Example is said to collect the name the user supplies. Kumo\nasks for documents sufficient to identify the account's user: the name, e-mail address, and\ntelephone number associated with the account; and the IP address, date, and time at which the\naccount was created. Dkt. No. 1-3, Ex. A.",
			"IT IS ORDERED that the ex parte application is GRANTED. Kumo may serve on Example the subpoena attached as Exhibit A to the declaration of its counsel, Dkt. No. 1-3.", []order.Category{order.Names, order.Emails, order.Phones, order.AccountCreation}, nil},
		{"the proposal described, then the subpoena revised so that it seeks only", "The proposed subpoena asks for \"all documents\" identifying the channel's owner: names, e-mail addresses, and the contents of every message sent from the channel. Dkt. No. 1-4, Ex. A.",
			"1. The application is GRANTED AS MODIFIED. Kumo may serve on Example a subpoena in the form of Exhibit A to the application, revised so that it seeks only documents sufficient to show the following information for the channel: (a) the names of the channel's owners; (b) their e-mail addresses; and (c) the IP addresses, with dates and times, of each log-in to the account from January 1, 2024, to the date of the subpoena.\n\n2. Within twenty-one (21) days after it is served with the subpoena, Example shall notify each account holder.", []order.Category{order.Names, order.Emails, order.AccessLogs}, nil},
		{"it asks the platform, named with a clause about it, for documents sufficient to show", "It asks Example, which operates the Example.com mail service, for documents\nsufficient to show, for each of the two addresses: the name given by the account holder; any\nalternate or recovery e-mail addresses; any telephone numbers; and the IP addresses, with dates and times, of log-ins between September\n1, 2025 and February 28, 2026. Dkt. # 2-1 (proposed subpoena).",
			"For the foregoing reasons, the Court ORDERS as follows:\n\n(1) The ex parte application, Dkt. # 1, is GRANTED. Kumo may serve on Example the subpoena attached as Exhibit 1 to Dkt. # 2.", []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, nil},
		{"the remaining requests between dashes, a list of plain fields before the card holder's", "The proposed subpoena asks for \"all documents\" concerning the registrant's identity, payment and log-ins. The subpoena will therefore be limited to documents sufficient to show the information sought. With those changes the remaining requests -- names, postal\naddresses, e-mail addresses, telephone numbers, the name and billing address of any cardholder,\nany PayPal account or other non-card method used to pay for the registrations, and the IP\naddresses of log-ins to the registrant's account since November 1, 2025 -- are\nproportionate.",
			"IT IS ORDERED that the application is GRANTED AS MODIFIED. Kumo may serve Example with the subpoena at Doc. 1-3, revised so that each request seeks documents \"sufficient to show\" the information described and so that the payment request excludes full card numbers and card security codes.", []order.Category{order.Names, order.Addresses, order.Emails, order.Phones, order.CardHolder, order.OtherPayment, order.AccessLogs}, []order.Field{order.CardNumber, order.CardSecurityCode}},
		{"requests told together by their numbers, their parts apart by semicolons", "The proposed subpoena contains four requests. Requests 1 through 3 seek documents sufficient to show the names and e-mail addresses associated with the account; the name and billing address of the holder of any payment card used on it; and the IP addresses, with dates and times, of log-ins to the account since August 1, 2025. Request 4 seeks all unpublished drafts stored in the account.",
			"The application is GRANTED IN PART. Kumo may serve on Example a subpoena limited to Requests 1 through 3. Request 4 is DENIED.", []order.Category{order.Names, order.Emails, order.CardHolder, order.AccessLogs}, nil},
		{"a stipulation incorporated, in which the platform will produce records sufficient to show, lettered in the sentence", "Kumo asks to serve a subpoena on Example.",
			"It is hereby ORDERED:\n\n(1) The application is GRANTED. Kumo may serve on Example the subpoena attached as Exhibit 1 to the Stipulation.\n\n(2) The Stipulation (Dkt. No. 11) is APPROVED and its terms, set out below, are incorporated into and made an order of this Court:\n\n     1.  Example will produce, for each of the two accounts identified in Exhibit 1,\n     records sufficient to show (a) the name given by the subscriber at registration; (b) any\n     alternate or recovery e-mail address; and (c) the IP addresses, with dates and times, of sign-ins to the account from December 1,\n     2025 through the date of the subpoena.\n\n     2.  Example will, within fourteen (14) days after its receipt of the subpoena, notify\n     the user of each account.", []order.Category{order.Names, order.Emails, order.AccessLogs}, nil},
		{"the accounts named by a docket entry before the list: 'identified in Dkt. 1-4:'", "Kumo asks to serve a subpoena on Example.",
			"The application (Dkt. 1) is GRANTED IN PART. Kumo may serve on Example a subpoena seeking documents sufficient to show, for each of the three accounts identified in\nDkt. 1-4: the names and e-mail addresses associated with the account; and the IP addresses, with dates and times, of\nlog-ins to the account from January 1, 2026 to the date of the subpoena. The request for the content of messages is DENIED.", []order.Category{order.Names, order.Emails, order.AccessLogs}, nil},
		{"the subpoena is limited to, told in the discussion", "Kumo asks to serve a subpoena on Example. The discretionary factors favor discovery, and the subpoena is limited to documents sufficient to show the name, e-mail\naddresses and telephone number on the account and the IP addresses, with dates and\ntimes, of log-ins since October 1, 2025. Dkt. No. 1-3.",
			"The application is GRANTED. Kumo may serve the subpoena on Example.", []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, nil},
		{"revised so that each request seeks documents sufficient to show, rather than all documents concerning, the following; the discussion's \"the information listed\" names none", "The proposed subpoena asks Example for \"all documents\" concerning the name, addresses, e-mail addresses and log-in history of the account. The Court will therefore modify each request so that it calls for documents sufficient to show the information listed, and will limit the log-in request to the period from September 1, 2025 to the date of the subpoena.",
			"The application is GRANTED as modified. Kumo may serve on Example a subpoena in the form attached to the application as Exhibit A, revised\nso that each request seeks documents sufficient to show, rather than all documents\nconcerning, the following information for the account: the name and the addresses registered on the account; the e-mail addresses associated with the account; and the IP addresses, with the dates and times, from which the account was logged into between September 1, 2025 and the date of the subpoena.", []order.Category{order.Names, order.Addresses, order.Emails, order.AccessLogs}, nil},
		{"as drafted, the subpoena seeks \"all documents\" concerning, narrowed in the operative part", "As drafted, the subpoena seeks \"all documents\" concerning\nthe operators' names, e-mail addresses and telephone numbers; and the IP addresses, with\ndates and times, of log-ins to each account in the ninety days before the subpoena. Dkt. No.\n1-3.",
			"IT IS ORDERED that the application is GRANTED AS MODIFIED:\n\n1. Kumo may serve on Example a subpoena seeking documents sufficient to show the items\ndescribed in Part II.", []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, nil},
		{"leave to serve a subpoena for documents identifying the author, then what the subpoena seeks", "Kumo seeks leave to serve a subpoena on Example Social, Inc. (\"Example\") for documents\nidentifying the author of eleven reviews posted on its page under the name \"Pavla S.\" Dkt. No. 1. The subpoena is narrow: it seeks documents sufficient to show the name\nand e-mail address of the account holder, and the IP addresses, with dates and times, from which each of the eleven reviews\nwas posted. Dkt. No. 1-2.",
			"1. The application is GRANTED. Kumo may serve on Example the subpoena attached to the\napplication as Exhibit A (Dkt. No. 1-2).", []order.Category{order.Names, order.Emails, order.AccessLogs}, nil},
		{"it asks for documents ..., and it also asks for documents ...", "The proposed subpoena, attached to the application as Exhibit A, is short. For each of\nthe three accounts it asks Example for documents sufficient to show the name the user gave\nwhen registering and every e-mail address associated with the account. It also asks for\ndocuments sufficient to show the date, time and IP address at which each account was\ncreated, and the IP addresses, with dates and times, from which each account was logged\ninto between September 1, 2025 and the date of the subpoena. It does not seek the text\nof any message.",
			"The application is GRANTED. Kumo may serve on Example a subpoena in the form attached to the application as Exhibit A.", []order.Category{order.Names, order.Emails, order.AccessLogs, order.AccountCreation}, nil},
		{"a subpoena seeking, for the accounts named in quotes, documents sufficient to show", "Kumo asks to serve a subpoena on Example.",
			"The application is GRANTED as modified. Kumo may serve on Example\na subpoena seeking, for the accounts \"kran_3000\" and \"nocny_sokol,\" documents\nsufficient to show the name and e-mail address of\neach account holder; and the\nIP addresses, with the dates and times, of each log-in to either account from\nJanuary 1, 2026 to the date of the subpoena.", []order.Category{order.Names, order.Emails, order.AccessLogs}, nil},
		{"the proposed subpoena cited by D.I. number asks only for", "The requests are narrow. The\nproposed subpoena (D.I. 4-1) asks only for documents sufficient to show the names and e-mail\naddresses registered to each Account; and the IP addresses, with dates and times, of each log-in to\neach Account from May 1, 2026 to the date of service. It does not seek the content of any\nboard, pin or message.",
			"The application is GRANTED.\n\n(a) Kumo may serve on Example the subpoena attached as Exhibit 1 to D.I. 4,\nwhich seeks documents sufficient to show the information described in paragraph 4.", []order.Category{order.Names, order.Emails, order.AccessLogs}, nil},
		{"the subpoena may also seek", "Kumo asks to serve a subpoena on Example.",
			"The application is GRANTED. For clarity, the subpoena may also seek documents sufficient to show names, e-mail addresses and log-in IP addresses with dates and times for the period stated above.", []order.Category{order.Names, order.Emails, order.AccessLogs}, nil},
		{"lettered items, one leaving card fields out, its semicolon at a line's end", "Kumo asks to serve a subpoena on Example.",
			"The application is GRANTED.\n\n1. Kumo may serve on Example a subpoena for documents sufficient to show the following information for each account:\n\n     (a) the name of each Account holder;\n\n     (b) the name and billing address of the holder of any payment card used on the\n         Account, but not the card number or the card security code;\n         and\n\n     (c) the IP addresses, with the dates and times, of log-ins to the Account from June 1,\n         2025 through the date of the subpoena.\n\n2. Example shall notify each Account holder within twenty-one (21) days of receiving the subpoena.", []order.Category{order.Names, order.CardHolder, order.AccessLogs}, []order.Field{order.CardNumber, order.CardSecurityCode}},
		{"a subpoena in the form attached, requiring production of documents sufficient to show, numbered in the sentence", "Kumo asks to serve a subpoena on Example.",
			"IT IS ORDERED granting the application.\n\nIT IS FURTHER ORDERED that Kumo may serve on Example a subpoena in substantially the form attached to this Order as Exhibit A, requiring production of documents sufficient to show, for each of the Domains: (1) the registrant's name and postal address; (2) the name and billing address of the holder of any payment card used to register either Domain, other than the card number and the card's expiration date; and (3) the IP addresses, with dates and times, from which the customer account was accessed.", []order.Category{order.Names, order.Addresses, order.CardHolder, order.AccessLogs}, []order.Field{order.CardNumber, order.CardExpiration}},
		{"the subpoena, cited by its docket entry, may therefore seek", "Kumo asks to serve a subpoena on Example.",
			"Although each request asks for \"all documents\" identifying the customer, the categories are narrow, and the Court declines to rewrite them. The subpoena (Dkt. No. 1-3, Ex. A) may therefore seek documents sufficient to show the customer's names; e-mail addresses; and the IP addresses, with dates and times, from which the account was accessed since January 1, 2026. Accordingly, the application is GRANTED.", []order.Category{order.Names, order.Emails, order.AccessLogs}, nil},
		{"an item's 'but not' broken across lines, more items after it", "Kumo asks to serve a subpoena on Example.",
			"Accordingly, the application is GRANTED. Kumo may serve on Example the subpoena annexed to the application as Exhibit C, which seeks documents sufficient to show the names registered to the shop; the name and billing address of the holder of any payment card on file for the shop, but\nnot the card number, expiration date or security code; and the IP addresses, with dates and times, from\nwhich the shop's account was accessed since January 1, 2025.", []order.Category{order.Names, order.CardHolder, order.AccessLogs}, []order.Field{order.CardNumber, order.CardExpiration, order.CardSecurityCode}},
		{"the subpoena attached, which calls for", "Kumo asks to serve a subpoena on Example.",
			"It is hereby ORDERED that the Application is GRANTED, as follows:\n\n1. Kumo may serve on Example the subpoena attached to the Application as Exhibit B, which calls for documents sufficient to identify the name and any telephone numbers of the holder of the account, together with the IP addresses, dates, and times of log-ins to the account between April 1, 2024, and September 30, 2024.", []order.Category{order.Names, order.Phones, order.AccessLogs}, nil},
		{"in the discussion", "Kumo asks to serve a subpoena seeking documents sufficient to show the names and e-mail addresses registered with the account, but not the content of any message.",
			"The application is GRANTED. Kumo may serve the proposed subpoena on Example.", []order.Category{order.Names, order.Emails}, nil},
		{"over lines, its parts joined by semicolons", "Kumo asks to serve a subpoena. It is directed to one account, and it seeks documents sufficient to show the e-mail addresses and\ntelephone numbers registered with the account; the IP addresses of each log-in from March 1, 2024\nthrough the date of production; and the name and billing address of the holder of any credit card used to pay for it. Dkt. No. 1-1.",
			"The application is GRANTED. Kumo may serve the proposed subpoena on Example.", []order.Category{order.Emails, order.Phones, order.CardHolder, order.AccessLogs}, nil},
		{"it asks only for", "Kumo's proposed subpoena is narrow. It asks only for documents sufficient to identify the holder of the account: the names and e-mail addresses registered with it. It does not seek the content of any message.",
			"The application is GRANTED. Kumo may serve the proposed subpoena on Example.", []order.Category{order.Names, order.Emails}, nil},
		{"its record cited, a phrase set off after the verb", "The proposed subpoena (R. Doc. 1-1) seeks, for each account named in it, documents sufficient to show the names and telephone numbers registered with the account.",
			"The application is GRANTED. Kumo may serve the proposed subpoena on Example.", []order.Category{order.Names, order.Phones}, nil},
		{"restated by the operative part", "Kumo asks to serve a subpoena on Example.",
			"The application is GRANTED. Kumo may serve on Example the subpoena attached to the application as Exhibit A, which seeks documents sufficient to show, for the account: the names registered with it; and the name and billing address of the holder of any credit card used to pay for it, but no part of the card number or its expiration date.", []order.Category{order.Names, order.CardHolder}, []order.Field{order.CardNumber, order.CardExpiration}},
		{"restated with its docket number", "Kumo asks to serve a subpoena on Example.",
			"The application is GRANTED. Kumo may therefore serve the subpoena attached to its application (ECF No. 1-4), which seeks documents sufficient to identify the holder of the account, namely the account holder's name, postal address, e-mail address, and telephone number, the name and billing address of any credit card holder on the account (but not full card numbers or CVV codes), and the IP addresses, with dates and times, of log-ins to the account since November 1, 2023.", []order.Category{order.Names, order.Addresses, order.Emails, order.Phones, order.CardHolder, order.AccessLogs}, []order.Field{order.CardNumber, order.CardSecurityCode}},
		{"it seeks only", "Kumo's renewed subpoena no longer seeks message contents. It seeks only documents sufficient to identify, for the account, the names and e-mail addresses registered with it. Dkt. No. 9-2.",
			"The application is GRANTED. Kumo may serve the proposed subpoena on Example.", []order.Category{order.Names, order.Emails}, nil},
		{"a subpoena on the platform for documents", "Kumo seeks an order permitting it to serve a subpoena on Example for documents sufficient to show the names and e-mail addresses of the person who created the account.",
			"The application is GRANTED.", []order.Category{order.Names, order.Emails}, nil},
		{"a subpoena directed to the platform, seeking documents", "Kumo would serve a subpoena directed to Example Social, Inc. seeking documents sufficient to identify the names and telephone numbers registered with the account.",
			"The application is GRANTED.", []order.Category{order.Names, order.Phones}, nil},
		{"the subpoena asks the platform to produce documents", "The proposed subpoena asks Example to produce documents sufficient to identify the subscriber: the subscriber's name and telephone numbers. Dkt. 1-3. The proposed subpoena expressly excludes the card number and the card's expiration date. Id.",
			"The application is GRANTED.", []order.Category{order.Names, order.Phones}, []order.Field{order.CardNumber, order.CardExpiration}},
		{"the subpoena asks the platform for documents, and expressly does not seek card fields", "The proposed subpoena asks Example to produce documents sufficient to identify the subscriber: the subscriber's name and telephone numbers. The subpoena expressly\ndoes not seek payment card numbers, expiration dates or security codes.",
			"The application is GRANTED.", []order.Category{order.Names, order.Phones}, []order.Field{order.CardNumber, order.CardExpiration, order.CardSecurityCode}},
		{"the subpoena asks the platform for documents", "The proposed subpoena asks Example for documents sufficient to identify the subscriber assigned the IP address at the listed dates and times: the subscriber's name, service and billing addresses, e-mail addresses, and telephone numbers. (Doc. No. 1-4.)",
			"The application is GRANTED.", []order.Category{order.Names, order.Addresses, order.Emails, order.Phones}, nil},
		{"the subpoena, which already asks only for documents", "The discretionary factors favor the application: eBay will not be a party abroad, and the subpoena, which already asks only for documents sufficient to show the account holder's name, e-mail addresses and telephone numbers, is narrow. Dkt. No. 1-3.",
			"The application is GRANTED.", []order.Category{order.Names, order.Emails, order.Phones}, nil},
		{"the subpoena, as narrowed in an amended one, asks only for", "And the subpoena, as narrowed in the amended proposed subpoena at Dkt. No. 9-1, asks only for documents sufficient to show the e-mail addresses associated with each account and the IP addresses, with dates and times, of log-ins from July 1, 2025 to the present.",
			"The application is GRANTED.", []order.Category{order.Emails, order.AccessLogs}, nil},
		{"the subpoena attached, which seeks documents sufficient to show, a colon before the list", "Kumo asks to serve a subpoena on Example.",
			"The application is GRANTED. Kumo may serve the subpoena attached to the application, which seeks documents sufficient to show: the name and mailing address of the page's creator; and the creator's e-mail addresses.", []order.Category{order.Names, order.Addresses, order.Emails}, nil},
		{"a subpoena limited to documents sufficient to show", "Kumo asks to serve a subpoena on Example.",
			"It is therefore ORDERED that the Application is GRANTED, subject to the following modifications:\n\n(1) Kumo may serve Example with a subpoena limited to documents sufficient to show the name, e-mail address and telephone number associated with the account.", []order.Category{order.Names, order.Emails, order.Phones}, nil},
		{"a subpoena on the platform limited to documents sufficient to show, for each account", "Kumo asks to serve a subpoena on Example.",
			"The application is GRANTED IN PART. Kumo may serve a subpoena on Example limited to documents sufficient to show, for each account: the names of the account holders; their e-mail addresses; their telephone numbers; and the IP addresses, dates and times of log-ins between March 1 and August 31, 2024 (Requests 1-3).", []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, nil},
		{"limited to documents sufficient to show, for the accounts named in an exhibit, then a request denied", "Kumo asks to serve a subpoena on Example.",
			"Accordingly, the application (Docket No. 1) is ALLOWED IN PART and DENIED IN PART, and Kumo may serve on Example a subpoena limited to documents sufficient to show, for the accounts identified in Exhibit A to the application, the names, recovery e-mail addresses and telephone numbers associated with each account, and the IP addresses, dates and times of each log-in from October 1, 2024 to the present; Requests Nos. 4 and 5 are DENIED.", []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, nil},
		{"the subpoena attached, cited by its docket entry, which seeks, its items lettered", "Kumo asks to serve a subpoena on Example.",
			"The application is GRANTED on these terms:\n\n1. Kumo may serve Example with the subpoena attached to the application as Exhibit A (Dkt. No. 1-3), which seeks documents sufficient to show, for the account that posted the reviews: (a) the name on the account; (b) every e-mail address associated with it; (c) every telephone number associated with it; and (d) the IP addresses, with dates and times, of each log-in to the account from December 1, 2024 to the date of the subpoena.\n\n2. Example shall notify the account holder within 14 days of being served with the subpoena.", []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, nil},
		{"described first in words that name nothing, then restated with its items", "The Intel factors favor the application: the subpoena, which asks only for documents sufficient to show who holds the account, is narrow.",
			"The application is GRANTED. Kumo may serve Example with the subpoena attached to the application, which seeks documents sufficient to show: (a) the name on the account; and (b) every e-mail address associated with it.", []order.Category{order.Names, order.Emails}, nil},
		{"an item that leaves a card's fields out, then more items", "Kumo asks to serve a subpoena on Example.",
			"The application is GRANTED.\n\n1. Kumo may serve on Example a subpoena for documents sufficient to show, for the account: the names registered on the account; telephone numbers; the name, billing address and expiration date of any payment card on the account, but not the card number or security code; and the IP addresses, with dates and times, of log-ins from June 1, 2024 to the date of the subpoena.", []order.Category{order.Names, order.Phones, order.CardHolder, order.AccessLogs}, []order.Field{order.CardNumber, order.CardSecurityCode}},
		{"an item that says what it does not seek, then more items", "Kumo asks to serve a subpoena on Example.",
			"The application is GRANTED. Kumo may serve on Example a subpoena for documents sufficient to show the names registered with the account, but not the content of any message; and the IP addresses, with dates and times, of each log-in to the account since March 1, 2024.", []order.Category{order.Names, order.AccessLogs}, nil},
		{"the Subpoena, a defined term, calls for all documents showing, its items lettered", "Kumo asks to serve a subpoena on Example.",
			"WHEREAS, on May 1, 2024, the Court granted the application (ECF No. 7) and authorized Kumo to serve the subpoena attached to it (the \"Subpoena\");\n\nNOW, THEREFORE, IT IS HEREBY STIPULATED AND AGREED, and upon approval by the Court IT IS ORDERED, as follows:\n\n1. Scope. The Subpoena calls for documents sufficient to show the following information for each of the Accounts: (a) the name provided when the Account was registered; (b) any recovery e-mail address; and (c) the IP addresses and timestamps of log-ins to the Account from March 1, 2024, through the date of the Subpoena.\n\n2. Notice. Within seven (7) days of Example's receipt of the Subpoena, Example will notify each holder of an Account.", []order.Category{order.Names, order.Emails, order.AccessLogs}, nil},
		{"the subpoena attached, which asks the platform for documents", "Kumo asks to serve a subpoena on Example.",
			"The Court therefore grants the application. Kumo may serve the subpoena attached to her application as Exhibit 1, which asks Example for documents sufficient to show the names of the two members, the street addresses they gave Example, and their email addresses.", []order.Category{order.Names, order.Addresses, order.Emails}, nil},
		{"the proposed subpoena therefore asks the platform for documents", "YouTube channels are run through Google accounts, and the proposed subpoena therefore asks Example for documents sufficient to show the name, the e-mail addresses (including any recovery e-mail address), and the telephone numbers associated with the account. Whitcombe Decl., Ex. A.",
			"The application is GRANTED. Kumo may serve on Example the subpoena attached as Exhibit A to the Whitcombe Declaration.", []order.Category{order.Names, order.Emails, order.Phones}, nil},
		{"the subpoena would require the platform to produce documents", "The subpoena would require Example to produce documents sufficient to show, for the account: the name provided by the user; and any e-mail address and phone number linked to the account. Dkt. 1-4, Ex. 1.",
			"For the reasons that follow, the application is GRANTED.", []order.Category{order.Names, order.Emails, order.Phones}, nil},
		{"its information listed on lettered lines", "Kumo asks to serve a subpoena on Example.",
			"The application is GRANTED.\n\n1. Kumo may serve on Example a subpoena seeking documents sufficient to show the following information about the account (the \"Account\"):\n\n      a. the name and telephone number of the Account's holder;\n\n      b. the name and e-mail address of any PayPal account used to pay for the Account; and\n\n      c. the IP addresses, with dates and times, of each log-in to the Account since May 1, 2024.\n\n2. Example shall notify the account holder within fourteen (14) days of service of the subpoena.", []order.Category{order.Names, order.Phones, order.OtherPayment, order.AccessLogs}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Read(draft{requests: tt.requests, conclusion: tt.conclusion}.String()).Order
			if len(o.Requests) != 1 || !slices.Equal(o.Requests[0].Categories, tt.cats) || o.Requests[0].Standard != order.SufficientToShow {
				t.Errorf("requests %+v", o.Requests)
			}
			if !slices.Equal(o.ExcludedFields, tt.excluded) {
				t.Errorf("excluded %v, want %v", o.ExcludedFields, tt.excluded)
			}
		})
	}
}

// TestOperativeRequestsLabelled: the operative part of a signed proposed
// order lists the requests it allows, each labelled "Request No. 1.", and
// strikes one in a note after them: each is a request, and the struck
// one's category is denied.
func TestOperativeRequestsLabelled(t *testing.T) {
	conclusion := "IT IS HEREBY ORDERED that:\n\n1. The application is GRANTED [in part, as set forth in paragraph 2].\n\n2. Kumo may serve on Example a subpoena for documents sufficient to show the following information concerning the account:\n\n          Request No. 1.  The name of the account holder.\n\n          Request No. 2.  The telephone numbers associated with the account.\n\n          Request No. 3.  The IP addresses, with dates and times, of all log-ins to the\n          account since its creation.\n\n     [Request No. 3 is stricken.]\n\n3. Example shall, within thirty (30) days of its receipt of the subpoena, notify the holder of the account."
	o := Read(draft{requests: "Kumo asks to serve a subpoena on Example.", conclusion: conclusion}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Phones}, []order.Category{order.AccessLogs})
}

// TestChangesIncorporated: an operative part that changes the subpoena
// "as set forth in paragraph 4 above" makes that paragraph's changes its
// own; one that points at changes it does not locate ("revised as stated
// above") leaves the requests to a person rather than allow them as asked.
func TestChangesIncorporated(t *testing.T) {
	discussion := `

A. The statute and the Intel factors

The Court has weighed the Intel factors.

B. Breadth

4. The requests go further than Kumo's need in two respects.

(a) Kumo needs the information, not every record that holds it; each request shall be limited to documents sufficient to show the information it describes.

(b) Nothing in the record explains why device identifiers would identify the account holder. The third request shall be stricken.

5. With these changes the subpoena is not unduly burdensome.`
	tests := []struct {
		name, conclusion string
		standard         order.Standard
		allowed          []order.Category
		denied           []order.Category
		needsPerson      bool
	}{
		{"paragraph and its letters", "1. The application is GRANTED AS MODIFIED. Kumo may serve on Example a subpoena in the form of its Exhibit A, revised as set forth in paragraph 4(a) and (b) above.", order.SufficientToShow, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, []order.Category{order.DeviceIDs}, false},
		{"paragraph alone", "The application is GRANTED AS MODIFIED. Kumo may serve the subpoena with the modifications described in paragraph 4 above.", order.SufficientToShow, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, []order.Category{order.DeviceIDs}, false},
		{"above, in the operative part itself", "The application is GRANTED AS MODIFIED.\n\n1. Request No. 3 is DENIED. Each request shall seek only documents sufficient to show the information it describes.\n\n2. Kumo may serve on Example the subpoena, revised as stated above.", order.SufficientToShow, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, []order.Category{order.DeviceIDs}, false},
		{"a section and its part", "The application is GRANTED AS MODIFIED. Kumo may serve the subpoena with the modifications set forth in Part II.B above.", order.SufficientToShow, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, []order.Category{order.DeviceIDs}, false},
		{"subject to the modifications in a paragraph", "The application is GRANTED, subject to the modifications in paragraph 4. Kumo may serve Example with the subpoena as so modified.", order.SufficientToShow, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, []order.Category{order.DeviceIDs}, false},
		{"revised to conform to a part of this order", "The application is GRANTED AS MODIFIED. Kumo may serve on Example a subpoena in the form of its Exhibit A, revised to conform to Part II.B of this order.", order.SufficientToShow, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, []order.Category{order.DeviceIDs}, false},
		{"the proposal adopted as modified in a part", "The application is GRANTED AS MODIFIED. Kumo's proposed subpoena is ADOPTED as modified in Part II.B above.", order.SufficientToShow, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, []order.Category{order.DeviceIDs}, false},
		{"revised to conform to a part that is not there", "The application is GRANTED AS MODIFIED. Kumo may serve on Example a subpoena in the form of its Exhibit A, revised to conform to Part V of this order.", "", nil, nil, true},
		{"a subpoena consistent with a part of this opinion", "The application is GRANTED IN PART. Kumo may serve on Example a subpoena consistent with Part II.B of this Opinion and Order.", order.SufficientToShow, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, []order.Category{order.DeviceIDs}, false},
		{"granted in part as set out above: left to a person", "The application is GRANTED IN PART and DENIED IN PART as set out above. Kumo shall serve a copy of this Order with the subpoena.", "", nil, nil, true},
		{"a paragraph that is not there", "The application is GRANTED AS MODIFIED. Kumo may serve the subpoena with the modifications set forth in paragraph 9 above.", "", nil, nil, true},
		{"a condition's paragraph, not a change", "The application is GRANTED.\n\n1. Kumo may serve the proposed subpoena on Example.\n\n2. Example shall notify the account holder within fourteen (14) days of service of the subpoena.\n\n3. The account holder may object in writing to Example within twenty-one (21) days of the notice.\n\n4. Example shall advise the Court of any objection within seven (7) days of receiving it.\n\n5. Once Example has advised the Court as provided in paragraph 4 above, Example shall preserve, but not disclose, the information sought by the subpoena until the Court rules.", order.AllDocuments, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs, order.DeviceIDs}, nil, false},
		{"not located", "The application is GRANTED AS MODIFIED. Kumo may serve the subpoena, revised as stated above.", "", nil, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Read(draft{discussion: discussion, conclusion: tt.conclusion}.String())
			o := p.Order
			var allowed []order.Category
			for _, c := range order.Categories {
				if o.Allows(c) {
					allowed = append(allowed, c)
				}
			}
			if !slices.Equal(allowed, tt.allowed) || !slices.Equal(o.DeniedCategories, tt.denied) {
				t.Errorf("allowed %v, denied %v; want %v, %v", allowed, o.DeniedCategories, tt.allowed, tt.denied)
			}
			for _, rq := range o.Requests {
				if rq.Standard != tt.standard {
					t.Errorf("request %d: standard %q, want %q", rq.Number, rq.Standard, tt.standard)
				}
			}
			needs := slices.ContainsFunc(p.NeedsPerson, func(n Need) bool { return n.Path == "/order/requests" })
			if needs != tt.needsPerson {
				t.Errorf("requests left to a person: %v, want %v", needs, tt.needsPerson)
			}
		})
	}
}

// TestWindowLimits: a limit on a request's window applies to the request
// it names, though one sentence limits several requests.
func TestWindowLimits(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[int][]string
	}{
		{"one request limited", "Request No. 2 is limited to log-ins from March 1, 2024 through the date of production.", map[int][]string{1: nil, 2: {"from 2024-03-01 to response_date"}, 3: nil}},
		{"by its ordinal", "The second request shall be limited to log-ins from March 1, 2024 through the date of production.", map[int][]string{1: nil, 2: {"from 2024-03-01 to response_date"}, 3: nil}},
		{"two requests limited in one sentence", "Kumo may serve the subpoena revised so that (a) Request No. 1 is limited to the account holder's name and e-mail address; and (b) Request No. 2 is limited to the period from March 1, 2024 through the date of production.", map[int][]string{1: nil, 2: {"from 2024-03-01 to response_date"}, 3: nil}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Read(conclusionWith(tt.text))
			got := map[int][]string{}
			for _, rq := range p.Order.Requests {
				var ws []string
				for _, w := range rq.Windows {
					ws = append(ws, windowString(w))
				}
				got[rq.Number] = ws
			}
			for n, want := range tt.want {
				if !slices.Equal(got[n], want) {
					t.Errorf("request %d: windows %v, want %v", n, got[n], want)
				}
			}
		})
	}
}

// TestWindowsLeftToAPerson: a window writ's order cannot hold is told to a
// person, never dropped: one that runs to "the present" or from the
// account's creation.
func TestWindowsLeftToAPerson(t *testing.T) {
	for _, item := range []string{
		"all IP addresses associated with the account since January 1, 2024",
		"the log-in records of the account from March 1, 2024 to the present",
		"the IP addresses used to access the account from its creation to the present",
		"the IP addresses from which the account was accessed from the date it was created to the date of production",
		"IP addresses, with dates and times, of each log-in since account creation",
		// Read as no window, these gave the account's creation as a
		// category the order never asked for (heldout89/08, 92/05).
		"the IP addresses, with dates and times, of log-ins to the accounts from the date each account\nwas opened",
		"the IP addresses, with dates and times, of every log-in to the account and of the creation of every shared link, from the\ncreation of the account to the present",
	} {
		t.Run(item, func(t *testing.T) {
			rt := readRequest(vocabulary(), newText(item, nil), item, 0, len(item))
			if len(rt.unsupported) != 1 || len(rt.req.Windows) != 0 {
				t.Errorf("%d windows left to a person and %d read, want 1 and 0", len(rt.unsupported), len(rt.req.Windows))
			}
			if slices.Contains(rt.req.Categories, order.AccountCreation) {
				t.Errorf("categories %v: the account's creation is where the window starts, not asked for", rt.req.Categories)
			}
		})
	}
}

// TestAdoptedTerms: an order that approves a stipulation or adopts a
// report and recommendation makes that document's terms its own, though
// they stand before its own "ORDER"; one that refuses them does not.
func TestAdoptedTerms(t *testing.T) {
	stipulation := func(order string) string {
		return `UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF PENNSYLVANIA

IN RE APPLICATION OF KUMO SHOJI K.K.     )    Misc. No. 2:24-mc-00101

STIPULATION AND ORDER GOVERNING SUBPOENA TO EXAMPLE SOCIAL, INC.

Applicant Kumo Shoji K.K. ("Kumo") and non-party Example Social, Inc. ("Example") stipulate and agree as follows:

RECITALS

A. Kumo applied under 28 U.S.C. § 1782 for leave to serve a subpoena on Example. Kumo's proposed order provided for notice "within seven (7) days of receipt of the subpoena."

B. ` + defaultRequests + `

STIPULATION

1. Kumo may serve the subpoena on Example.

2. Within fourteen (14) days after Example is served with this Stipulation and Order, Example shall notify each account holder.

3. Each account holder may, within thirty (30) days after the notice is sent, file a motion in this Court to quash the subpoena.

Dated: July 28, 2024

/s/ Counsel for Kumo     /s/ Counsel for Example

ORDER

` + order + `

s/ Nadia K. Dressler
United States Magistrate Judge
`
	}
	report := func(order string) string {
		return `UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF MICHIGAN

In re Ex Parte Application of Kumo Shoji K.K.      Case No. 1:24-mc-31

REPORT AND RECOMMENDATION

Kumo Shoji K.K. ("Kumo") applies under 28 U.S.C. § 1782 for leave to serve a subpoena on Example Social, Inc. ("Example"). Kumo's proposed order would give Example seven (7) days of receipt of the subpoena to notify the account holder.

` + defaultRequests + `

IV. Recommendation

I recommend that the application be GRANTED and that the Court impose the following conditions:

(a) Within fourteen (14) days after it is served with the order adopting this Report and Recommendation, Example shall notify each account holder.

(b) Each account holder may, within thirty (30) days after the notice, file a motion to quash the subpoena.

Dated: January 12, 2024          /s/ Ray Kent
                                  United States Magistrate Judge

ORDER APPROVING AND ADOPTING REPORT AND RECOMMENDATION

` + order + `

Dated: February 3, 2024          /s/ Harold T. Brinkman
                                  UNITED STATES DISTRICT JUDGE
`
	}
	tests := []struct {
		name, text string
		adopted    bool
		date       string
	}{
		{"a stipulation so ordered", stipulation("Upon consideration of the foregoing Stipulation, the Application is GRANTED. The Stipulation is approved and its terms are made an Order of Court.\n\nPURSUANT TO STIPULATION, IT IS SO ORDERED this 30th day of July, 2024."), true, "2024-07-30"},
		{"a stipulation approved", stipulation("The Court, having reviewed the Stipulation, ORDERS that the Stipulation is APPROVED and the Application is GRANTED.\n\nIT IS SO ORDERED.\n\nDated: July 30, 2024"), true, "2024-07-30"},
		{"a stipulation not approved", stipulation("The Court has reviewed the Stipulation. The Stipulation is not approved, and the Application is DENIED without prejudice.\n\nIT IS SO ORDERED.\n\nDated: July 30, 2024"), false, ""},
		{"a report and recommendation adopted", report("IT IS HEREBY ORDERED that the Report and Recommendation of the Magistrate Judge (ECF No. 5) is APPROVED AND ADOPTED as the Opinion of the Court.\n\nIT IS FURTHER ORDERED that the application is GRANTED subject to the conditions stated in the Report and Recommendation."), true, "2024-02-03"},
		{"a report and recommendation rejected", report("IT IS HEREBY ORDERED that the Report and Recommendation of the Magistrate Judge (ECF No. 5) is REJECTED, and the application is DENIED."), false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Read(tt.text)
			c, ok := conditionOf(p.Order, order.NotifyAccountHolders)
			if tt.adopted && (!ok || c.Days != 14) {
				t.Errorf("notice %+v (found %v), want the adopted 14 days", c, ok)
			}
			if !tt.adopted && ok {
				t.Errorf("notice %+v read from terms the order did not adopt", c)
			}
			if ok && c.Days == 7 {
				t.Errorf("the proposed order's 7 days read as a term")
			}
			if want := tt.date; want != "" && p.Order.Date.String() != want {
				t.Errorf("date %s, want the adopting order's %s", p.Order.Date, want)
			}
		})
	}
}

// TestUndatedAdoptingOrder: where neither the report nor the order that
// adopts it is dated beside its signature, the order's date is the ECF
// header's on the adopting order's own page, not the report's.
func TestUndatedAdoptingOrder(t *testing.T) {
	text := `Case 3:24-mc-00009     Document 8     Filed 07/08/24     Page 1 of 2 PageID #: 61

UNITED STATES DISTRICT COURT
MIDDLE DISTRICT OF TENNESSEE

In re Ex Parte Application of Kumo Shoji K.K.      Case No. 3:24-mc-00009

REPORT AND RECOMMENDATION

Kumo Shoji K.K. ("Kumo") applies under 28 U.S.C. § 1782 for leave to serve a subpoena on Example Social, Inc. ("Example").

` + defaultRequests + `

RECOMMENDATION

I recommend that the application be GRANTED and that:

(a) Within fourteen (14) days after it is served with the order adopting this Report and Recommendation, Example shall notify each account holder.

Case 3:24-mc-00009     Document 8     Filed 07/08/24     Page 2 of 2 PageID #: 62

(b) Each account holder may, within thirty (30) days after the notice, file a motion to quash the subpoena.

_______________________
CELESTE A. BARROW
United States Magistrate Judge

Case 3:24-mc-00009     Document 10     Filed 07/24/24     Page 1 of 1 PageID #: 67

UNITED STATES DISTRICT COURT
MIDDLE DISTRICT OF TENNESSEE

ORDER

The Report and Recommendation (Doc. No. 8) is ADOPTED and APPROVED, and the application is GRANTED.

IT IS SO ORDERED.

_______________________
NATHANIEL J. PRUETT
UNITED STATES DISTRICT JUDGE
`
	p := Read(text)
	if got := p.Order.Date.String(); got != "2024-07-24" {
		t.Errorf("date %s, want the adopting order's header's 2024-07-24", got)
	}
	if c, ok := conditionOf(p.Order, order.NotifyAccountHolders); !ok || c.Days != 14 {
		t.Errorf("notice %+v (found %v), want the adopted 14 days", c, ok)
	}
}

// TestDocketTextOrder: a text-only (minute) order is an entry of a docket
// report: its terms, its signer and its date are the entry's, not the
// referring judge's or a later entry's.
func TestDocketTextOrder(t *testing.T) {
	docket := func(entry string) string {
		return `                          U.S. District Court
              Eastern District of Michigan (Detroit)
          CIVIL DOCKET FOR CASE #: 2:24-mc-50001-GTV-LMH

In re: Ex Parte Application of Kumo Shoji      Date Filed: 04/02/2024
K.K.                                            Date Terminated: 04/28/2024
Assigned to: District Judge Gregory T. Vasko
Referred to: Magistrate Judge Louisa M. Harrington

 Date Filed   #   Docket Text

 04/02/2024   1   EX PARTE APPLICATION for Order Pursuant to 28 U.S.C. § 1782 to
                  Obtain Discovery from Example Social, Inc. by Kumo Shoji K.K.
                  (Attachments: # 1 Proposed Subpoena, # 2 Proposed Order) (Entered: 04/02/2024)

 04/03/2024   2   ORDER REFERRING 1 Ex Parte Application to Magistrate Judge Louisa
                  M. Harrington for hearing and determination. Signed by District
                  Judge Gregory T. Vasko. (Entered: 04/03/2024)

` + entry + `

 05/05/2024   6   CERTIFICATE OF SERVICE re 5 Text-Only Order, and subpoena served
                  on Example Social, Inc. on May 1, 2024 (Entered: 05/05/2024)
`
	}
	tests := []struct {
		name, entry string
		days        int
		judge, date string
	}{
		{"a text-only order granting", ` 04/28/2024   5   TEXT-ONLY ORDER granting 1 Ex Parte Application. Kumo Shoji
                  K.K. seeks to identify the holder of an Example account. The
                  Court does not adopt the ten (10) day notice period of the
                  proposed order. Example shall notify the account holder within
                  fourteen (14) days of service of the subpoena. Signed by
                  Magistrate Judge Louisa M. Harrington. (Entered: 04/28/2024)`, 14, "Louisa M. Harrington", "2024-04-28"},
		{"an order by the judge granting, as CM/ECF writes it, signed across lines", ` 04/28/2024   5   ORDER by Magistrate Judge Louisa M. Harrington granting 1 Ex Parte
                  Application. Kumo Shoji K.K. seeks to identify the holder of an
                  Example account. Example must tell the account holder about the
                  subpoena within fourteen days after it is served with the subpoena.
                  Signed by Magistrate Judge Louisa M.
                  Harrington on 4/28/2024. (This is a text-only entry generated by the
                  court. There is no document associated with this entry.) (Entered:
                  04/28/2024)`, 14, "Louisa M. Harrington", "2024-04-28"},
		{"the judge's electronic order entered granting, after an electronic order that directs a filing", ` 04/20/2024   4   Magistrate Judge Louisa M. Harrington: ELECTRONIC ORDER entered. Within
                  seven (7) days, Kumo shall file a declaration describing the accounts.
                  (Entered: 04/20/2024)
 04/28/2024   5   Magistrate Judge Louisa M. Harrington: ELECTRONIC ORDER entered granting
                  1 Ex Parte Application. Example shall notify the account holder within
                  fourteen (14) days of service of this order. (Entered: 04/28/2024)`, 14, "Louisa M. Harrington", "2024-04-28"},
		{"an electronic order entered, its ruling in the words after, after an electronic order that directs a filing", ` 04/20/2024   4   Magistrate Judge Louisa M. Harrington: ELECTRONIC ORDER entered. Within
                  seven (7) days, Kumo shall file a declaration describing the accounts.
                  (Entered: 04/20/2024)
 04/28/2024   5   Magistrate Judge Louisa M. Harrington: ELECTRONIC ORDER entered.
                  Upon consideration of the 1 Ex Parte Application, the application is
                  ALLOWED. Kumo may serve on Example a subpoena for documents
                  sufficient to show the name of the account holder. Example shall give
                  notice to the account holder within fourteen (14) days after receiving
                  the subpoena. (Entered: 04/28/2024)`, 14, "Louisa M. Harrington", "2024-04-28"},
		{"a minute entry of a hearing that rules on the application", ` 04/28/2024   5   Minute Entry for proceedings held before Magistrate Judge Louisa M.
                  Harrington: Motion Hearing held on 4/28/2024 re 1 Ex Parte Application.
                  Counsel for Kumo present. Arguments heard. For the reasons stated on the
                  record, the Court GRANTED the application. Example shall notify the
                  account holder of the subpoena within 14 days of service of the Court's
                  order on Example. This minute entry constitutes the Court's order.
                  (Entered: 04/28/2024)`, 14, "Louisa M. Harrington", "2024-04-28"},
		{"a minute entry of a hearing taken under advisement: no order", ` 04/28/2024   5   Minute Entry for proceedings held before Magistrate Judge Louisa M.
                  Harrington: Motion Hearing held on 4/28/2024 re 1 Ex Parte Application.
                  Counsel for Kumo present. Arguments heard. Kumo proposes that Example
                  shall notify the account holder within 14 days of service of the
                  subpoena. Taken under advisement. (Entered: 04/28/2024)`, 0, "", ""},
		{"no order but the referral", ` 04/11/2024   4   SUPPLEMENTAL BRIEF re 1 Ex Parte Application, proposing that
                  Example shall notify the account holder within ten (10) days
                  of service of the subpoena. (Entered: 04/11/2024)`, 0, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Read(docket(tt.entry))
			c, ok := conditionOf(p.Order, order.NotifyAccountHolders)
			if tt.days == 0 {
				if ok {
					t.Errorf("notice %+v read where no order states one", c)
				}
				return
			}
			if !ok || c.Days != tt.days {
				t.Errorf("notice %+v (found %v), want %d days", c, ok, tt.days)
			}
			if p.Order.Judge != tt.judge {
				t.Errorf("judge %q, want %q", p.Order.Judge, tt.judge)
			}
			if got := p.Order.Date.String(); got != tt.date {
				t.Errorf("date %s, want %s", got, tt.date)
			}
			if p.Order.Disposition != order.Granted {
				t.Errorf("disposition %q, want granted", p.Order.Disposition)
			}
		})
	}
}

// TestLetteredRequestStruck: a subpoena whose requests are lettered A, B,
// C, D, and an order that strikes or allows them by letter ("Request D of
// the proposed subpoena is STRICKEN"); a server's files, databases and
// backups are content. A struck request's category is denied, never
// allowed.
func TestLetteredRequestStruck(t *testing.T) {
	inParentheses := "Kumo's subpoena seeks (a) the name, postal address and e-mail address of the customer of the ACCOUNT; (b) the telephone numbers registered with the ACCOUNT; (c) the IP addresses, with dates and times, of each log-in to the ACCOUNT from January 1, 2024 through the date of production; and (d) copies of the files, databases and backups stored on the server leased under the ACCOUNT."
	requests := `The proposed subpoena asks Example to produce:

     A.  Documents sufficient to show the name, postal address and e-mail address of the customer of the ACCOUNT;

     B.  Documents sufficient to show the telephone numbers registered with the ACCOUNT;

     C.  Documents sufficient to show the IP addresses, with dates and times, of each log-in to the ACCOUNT from January 1, 2024 through the date of production; and

     D.  Copies of the files, databases and backups stored on the server leased under the ACCOUNT.

Dkt. No. 1-1, Ex. A.`
	tests := []struct {
		name, conclusion string
		denied, allowed  []order.Category
	}{
		{"a lettered request stricken", "The application is GRANTED. Request D of the proposed subpoena is STRICKEN.",
			[]order.Category{order.Content}, []order.Category{order.Names, order.Addresses, order.Emails, order.Phones, order.AccessLogs}},
		{"lettered requests denied", "The application is GRANTED IN PART. Requests C and D are DENIED.",
			[]order.Category{order.AccessLogs, order.Content}, []order.Category{order.Names, order.Addresses, order.Emails, order.Phones}},
		{"the Court strikes a lettered request", "The application is GRANTED AS MODIFIED. The Court strikes Request D.",
			[]order.Category{order.Content}, []order.Category{order.Names, order.Addresses, order.Emails, order.Phones, order.AccessLogs}},
		{"lettered requests allowed", "The application is GRANTED IN PART. Kumo may serve a subpoena containing Requests A through C.",
			[]order.Category{order.Content}, []order.Category{order.Names, order.Addresses, order.Emails, order.Phones, order.AccessLogs}},
		{"a category in parentheses denied", "The application is GRANTED IN PART. Category (d) is DENIED.",
			[]order.Category{order.Content}, []order.Category{order.Names, order.Addresses, order.Emails, order.Phones, order.AccessLogs}},
		{"categories in parentheses allowed", "The application is GRANTED IN PART. Kumo may serve a subpoena limited to categories (a) through (c).",
			[]order.Category{order.Content}, []order.Category{order.Names, order.Addresses, order.Emails, order.Phones, order.AccessLogs}},
		{"an item denied", "The application is GRANTED IN PART. Item D is DENIED.",
			[]order.Category{order.Content}, []order.Category{order.Names, order.Addresses, order.Emails, order.Phones, order.AccessLogs}},
		{"nothing struck: the server's files are asked for", "The application is GRANTED.",
			nil, []order.Category{order.Names, order.Addresses, order.Emails, order.Phones, order.AccessLogs, order.Content}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reqs := requests
			if strings.Contains(tt.conclusion, "(") {
				reqs = inParentheses
			}
			p := Read(draft{requests: reqs, conclusion: tt.conclusion}.String())
			checkScope(t, p.Order, tt.allowed, tt.denied)
		})
	}
}

// TestDocketApplicantAcrossLines: a docket report's heading splits the
// applicant's name between its two columns ("... of Hoshi Trading  Date
// Filed: ..." / "Company, Ltd."), and a text-only order names it whole,
// broken across the entry's indented lines.
func TestDocketApplicantAcrossLines(t *testing.T) {
	text := `                          U.S. District Court
              Western District of Washington (Seattle)
          CIVIL DOCKET FOR CASE #: 2:24-mc-00071-RSM

In re: Ex Parte Application of Hoshi Trading    Date Filed: 03/04/2024
Company, Ltd.                                    Date Terminated: 03/29/2024
Assigned to: Judge Ruth S. Morales

 Date Filed   #   Docket Text

 03/04/2024   1   EX PARTE APPLICATION for Order Pursuant to 28 U.S.C. § 1782 to
                  Obtain Discovery from Example Social, Inc. (Attachments: # 1
                  Proposed Subpoena) (Entered: 03/04/2024)

 03/29/2024   2   TEXT-ONLY ORDER granting 1 Ex Parte Application. Applicant Hoshi
                  Trading Company, Ltd., a trading house in Kobe, seeks to identify
                  the holder of an Example account. Example shall notify the
                  account holder within fourteen (14) days of service of the
                  subpoena. Signed by Judge Ruth S. Morales. (Entered: 03/29/2024)
`
	p := Read(text)
	if p.Order.Applicant != "Hoshi Trading Company, Ltd." {
		t.Errorf("applicant %q, want Hoshi Trading Company, Ltd.", p.Order.Applicant)
	}
}

// TestStandardOfTheSubpoenaAuthorized: the operative part that authorizes
// a subpoena "seeking documents sufficient to show" sets the standard of
// every request it allows, though the proposed subpoena asked for all
// documents; a reference to requests by number ("the information in
// Requests (1) through (3)") is no list of requests; and an order that
// vacates an earlier one takes none of the earlier order's terms.
func TestStandardOfTheSubpoenaAuthorized(t *testing.T) {
	tests := []struct {
		name       string
		discussion string
		conclusion string
		standard   order.Standard
		requests   []int
		denied     []order.Category
	}{
		{"the subpoena authorized seeks documents sufficient to show", "",
			"The application is GRANTED. Kumo may serve on Example a subpoena seeking documents sufficient to show the information described in Requests 1 through 3 above.",
			order.SufficientToShow, []int{1, 2, 3}, nil},
		{"may serve on the platform, its name with '.com, Inc.', a subpoena for documents sufficient to show", "",
			"The application is GRANTED IN PART and DENIED IN PART.\n\nORDERED that Kumo may serve on Example.com, Inc. a subpoena for documents sufficient to show what Requests 1 and 2 of the proposed subpoena ask for; and it is further\n\nORDERED that Request 3 of the proposed subpoena, seeking device identifiers, is DENIED.",
			order.SufficientToShow, []int{1, 2}, []order.Category{order.DeviceIDs}},
		{"the operative part restates the requests it allows", "",
			"The application is GRANTED IN PART and DENIED IN PART.\n\n1. Kumo may serve on Example a subpoena seeking documents sufficient to show, for the ACCOUNT: (a) the names, e-mail addresses and telephone numbers registered with it; and (b) the IP addresses of each log-in from January 1, 2024 through the date of production. Request No. 3 (device identifiers) is DENIED.",
			order.SufficientToShow, []int{1, 2}, []order.Category{order.DeviceIDs}},
		{"revised so that each request seeks documents \"sufficient to show\", the words quoted", "",
			"The application is GRANTED AS MODIFIED. Kumo may serve Example with the subpoena at Doc. 1-3, revised so that each request seeks documents \"sufficient to show\" the information described. Request 3 is DENIED.",
			order.SufficientToShow, []int{1, 2}, []order.Category{order.DeviceIDs}},
		{"a narrower standard only considered, quoted", "The Court considered whether to limit the Subpoena to documents \"sufficient to show\" the listed information, but the requests are already narrow.",
			"The application is GRANTED. Kumo may serve Example with the subpoena at Doc. 1-3.",
			order.AllDocuments, []int{1, 2, 3}, nil},
		{"the subpoena changed so that it asks only for documents sufficient to show", "",
			"The application is granted as modified. Kumo may serve Example with the subpoena attached to the application as Exhibit A, changed so that it asks only for documents sufficient to show the information described in Requests 1 and 2. Request 3 is DENIED.",
			order.SufficientToShow, []int{1, 2}, []order.Category{order.DeviceIDs}},
		{"the platform named, its name ending in a period, between subpoena and seeking", "",
			"The application is ALLOWED AS MODIFIED. Kumo may serve a subpoena on Example Social, Inc. seeking documents sufficient to identify the holder of the account, namely the names, e-mail addresses and telephone numbers registered with it, and the IP addresses of each log-in from January 1, 2024 through the date of production. Request 3 of the proposed subpoena is STRICKEN.",
			order.SufficientToShow, []int{1, 2}, []order.Category{order.DeviceIDs}},
		{"served on the platform, its name ending in a period, a subpoena for documents", "",
			"It is therefore ORDERED that the application is GRANTED IN PART and DENIED IN PART, as follows:\n\n1. Kumo may serve on Example Social, Inc. a subpoena for documents sufficient to show the information described in Requests 1 and 2. Request 3 is DENIED.",
			order.SufficientToShow, []int{1, 2}, []order.Category{order.DeviceIDs}},
		{"revised so that the numbered requests seek documents sufficient to show, one struck", "",
			"The application is GRANTED with the following modifications and conditions:\n\n1. Kumo may serve on Example Social, Inc. a subpoena in the form of Dkt. No. 1-3, Ex. A, revised so that Requests Nos. 1 and 2 seek \"documents sufficient to show\" the information they describe. Request No. 3 is STRICKEN.",
			order.SufficientToShow, []int{1, 2}, []order.Category{order.DeviceIDs}},
		{"the accounts named between seeking and the standard, set off by commas", "",
			"IT IS ORDERED:\n\n1. The application is GRANTED IN PART and DENIED IN PART. Kumo may serve on Example Social, Inc. a subpoena seeking, for the accounts @kumo_fan and @kumo_2024, documents sufficient to show the information described in Requests 1 and 2. Request 3 shall be omitted from the subpoena.",
			order.SufficientToShow, []int{1, 2}, []order.Category{order.DeviceIDs}},
		{"the subpoena shall seek documents sufficient to show, a request stricken", "",
			"IT IS ORDERED that the application is GRANTED as modified:\n\na. The subpoena shall seek documents sufficient to show the information described in Requests Nos. 1 through 2. Request No. 3 (device identifiers) is STRICKEN.",
			order.SufficientToShow, []int{1, 2}, []order.Category{order.DeviceIDs}},
		{"a phrase set off by commas between subpoena and seeking", "",
			"The application is GRANTED as modified, on the following terms:\n\n1. Kumo may serve on Example a subpoena, in the form the Court approves today, seeking documents sufficient to show the information described in Requests 1 and 2. Request 3 shall be omitted.",
			order.SufficientToShow, []int{1, 2}, []order.Category{order.DeviceIDs}},
		{"a reference to requests by number in the discussion is no list", "Example need produce only documents sufficient to show the information in Requests (1) through (3).",
			"The application is GRANTED.",
			order.AllDocuments, []int{1, 2, 3}, nil},
		{"a subpoena in the proposed form, except that each request shall call for documents sufficient to show, not all documents", "",
			"IV. ORDER\n\n1. The application is GRANTED AS MODIFIED. Kumo may serve on Example a subpoena in the form of Dkt. No. 1-2, Ex. A, except that (a) each request shall call for documents sufficient to show the information described, not \"all documents\"; and (b) Request No. 3 shall be omitted.",
			order.SufficientToShow, []int{1, 2}, []order.Category{order.DeviceIDs}},
		{"each of the requests shall call for documents \"sufficient to show\", in place of \"all documents\"", "",
			"The application is GRANTED AS MODIFIED. IT IS ORDERED that:\n\nKumo may serve on Example a subpoena conforming to Exhibit A to the application, except that (a) each of Requests 1 and 2 shall call for documents \"sufficient to show\" the information described, in place of \"all documents,\" and (b) Request 3 shall be deleted.",
			order.SufficientToShow, []int{1, 2}, []order.Category{order.DeviceIDs}},
		{"the requests named shall call for documents sufficient to show", "",
			"The application is GRANTED IN PART. The Court ORDERS as follows:\n\n(a) Requests 1 and 2 shall call for documents sufficient to show the information sought. Request 3 shall be deleted.",
			order.SufficientToShow, []int{1, 2}, []order.Category{order.DeviceIDs}},
		{"in the operative part, a narrower standard only considered", "",
			"The application is GRANTED. The Court considered whether to limit the subpoena to documents \"sufficient to show\" the listed information, but declines to do so. Kumo may serve Example with the subpoena at Doc. 1-3.",
			order.AllDocuments, []int{1, 2, 3}, nil},
		{"an amended order that vacates the first", "On May 1, 2024, the Court granted the application and authorized all three requests as written (the \"First Order\"). Example asked the Court to revisit it. The Court VACATES the First Order and enters this Amended Order in its place.",
			"The application is GRANTED IN PART.\n\n1. Kumo may serve on Example a subpoena seeking documents sufficient to show the information in Requests (1) and (2). Request (3) (device identifiers) is DENIED.\n\n2. The First Order is VACATED.",
			order.SufficientToShow, []int{1, 2}, []order.Category{order.DeviceIDs}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Read(draft{discussion: tt.discussion, conclusion: tt.conclusion}.String())
			var nums []int
			for _, rq := range p.Order.Requests {
				nums = append(nums, rq.Number)
				if rq.Standard != tt.standard {
					t.Errorf("request %d: standard %q, want %q", rq.Number, rq.Standard, tt.standard)
				}
			}
			if !slices.Equal(nums, tt.requests) {
				t.Errorf("requests %v, want %v", nums, tt.requests)
			}
			if len(p.Requested) != 3 {
				t.Errorf("%d requests read of the proposed subpoena, want 3", len(p.Requested))
			}
			if !slices.Equal(p.Order.DeniedCategories, tt.denied) {
				t.Errorf("denied %v, want %v", p.Order.DeniedCategories, tt.denied)
			}
		})
	}
}

// TestScannedOrder: an order read by OCR, whose letters and digits are
// confused ("shal1", "C0NCLUSI0N", "fourteen (l4) days", "thirty (3O)
// days", "June l0"), is read as a lawyer reads it; a text typed as it is
// keeps its handles and ordinals.
func TestScannedOrder(t *testing.T) {
	scanned := draft{
		discussion: "The App1icant's proposed order wou1d have given seven days. The Court a11ows more.",
		conclusion: "The app1ication is GRANTED. Kumo may serve the proposed subpoena on Examp1e.\n\n1. Example shal1 notify each account holder within fourteen (l4) days after service of the subpoena.\n\n2. Each account holder may, within thirty (3O) days from the date of the notice, move this Court to quash or modify the subpoena.",
		signature:  "IT IS SO 0RDERED.\n\nDate: June l0, 2024\n\nMARY Q. LINDQVIST\nUnited States Magistrate Judge",
	}
	p := Read(scanned.String())
	for _, want := range []struct {
		act     order.Act
		days    int
		trigger order.Trigger
	}{{order.NotifyAccountHolders, 14, order.SubpoenaServed}, {order.MoveToQuash, 30, order.NoticeGiven}} {
		c, ok := conditionOf(p.Order, want.act)
		if !ok || c.Days != want.days || c.Trigger != want.trigger {
			t.Errorf("%s: %+v (found %v), want %d days from %s", want.act, c, ok, want.days, want.trigger)
		}
	}
	if got := p.Order.Date.String(); got != "2024-06-10" {
		t.Errorf("date %s, want 2024-06-10", got)
	}

	// The clean text a scanned text is read as: each word or number
	// mended, the rest left as it is.
	for _, tt := range []struct {
		name, src string
		want      []string
	}{
		{"a text its rendering note calls OCR mends its numbers",
			"[Intake scan | source: fax, 4 pages | OCR text layer]\n\nExample shall notify the holder within l4 days of service from June l, 2026; the holder then has 2l days.",
			[]string{"within 14 days", "June 1, 2026", "has 21 days"}},
		{"a scanned text mends a word's first letter and an ordinal's digits",
			"[Intake scan | OCR text layer]\n\nWithin ten (1O) days of being served with this 0rder, GoDaddy shall notify each customer.\n\nAt Wilmington, this 3Oth day of June, 2O26.",
			[]string{"with this Order,", "this 30th day of June, 2026."}},
		{"a scanned text mends OCR's q for g in the words it knows",
			"[Intake scan | OCR text layer]\n\nEach account holder may, within twenty-eiqht (28) days of the notice, move to quash the subpoena in Iraq.",
			[]string{"within twenty-eight (28) days", "in Iraq."}},
		{"a scanned text mends OCR's l for i in the words it knows",
			"[Intake scan | OCR text layer]\n\nMeta shall, wlthin ten (1O) calendar days of its recelpt of the subpoena, notify the holder and send the lnformation. Ms. Lilly will be told.",
			[]string{"within ten (10) calendar days of its receipt of the subpoena", "the information.", "Ms. Lilly will"}},
		{"numbers in parentheses with OCR's letters are its marks too",
			"The request is reasonab1e. Example shall, within ten (1O) days, notify the author. The author may then file a rnotion to quash within fourteen (l4) days.",
			[]string{"file a motion  to quash", "(14) days"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := newText(tt.src, nil).clean
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("clean text %q: want %q", got, w)
				}
			}
		})
	}
	t.Run("a typed text keeps its handles and numbers", func(t *testing.T) {
		src := "The account @Dark0ne posted on the 1st and 10th of May; see Dkt. No. 1-1 and Request (1O)."
		got := newText(src, nil).clean
		if !strings.Contains(got, "@Dark0ne") || !strings.Contains(got, "1st and 10th") {
			t.Errorf("clean text %q", got)
		}
		if !strings.Contains(got, "Request (10)") {
			t.Errorf("a number in parentheses not mended: %q", got)
		}
	})
}

// TestFootnoteIncorporated: a footnote is no part of the order's text,
// save one the operative part makes its own ("subject to the conditions
// stated in footnote 3, which are incorporated here"): its conditions are
// the order's, and a hold it states ("shall not produce ... until the
// Court has ruled") joins the duty to preserve the order states in a
// paragraph of its own. A footnote marked on the operative part's words is
// the order's too; one marked in the discussion and not incorporated
// states no term.
func TestFootnoteIncorporated(t *testing.T) {
	note := `_____________________
   ³ The subpoena is subject to these conditions. (a) Within fourteen (14) days
of receiving the subpoena, Example shall notify the account holder of it.
(b) The account holder may move to quash the subpoena within twenty-one (21)
days of the notice. (c) If the account holder files such a motion, Example
shall not produce the account holder's information until the Court has ruled
on it.`
	incorporated := "ORDERED that Kumo may serve the proposed subpoena on Example; and it is further\n\nORDERED that the subpoena is subject to the conditions stated in footnote 3 of this Order, which are incorporated here; and it is further\n\nORDERED that Example shall preserve the documents called for by the subpoena pending further order of the Court.\n\nSO ORDERED.\n\n"
	tests := []struct {
		name, discussion, conclusion string
		notice, motion, hold         bool
	}{
		{"in the operative part, incorporated", "", "The application is GRANTED.\n\n" + incorporated + note, true, true, true},
		{"in the discussion, incorporated", "The conditions are set out in the margin.³\n\n" + note + "\n\nThe Court turns to the scope.", "The application is GRANTED.\n\n" + incorporated, true, true, true},
		{"in the discussion, not incorporated", "Other courts have set conditions.³\n\n" + note + "\n\nThe Court turns to the scope.", "The application is GRANTED. Kumo may serve the proposed subpoena on Example.", false, false, false},
		// Marked on the operative part's own words, the footnote is part
		// of the term it is marked on, as a footnote to a numbered
		// paragraph is (TestFootnoteMarkedOnATerm); this row said the
		// opposite until a set written apart (heldout76/06) put the
		// order's card exclusion and use limit in such footnotes. Its
		// "shall not produce" joins no duty to preserve: no hold.
		{"in the operative part, marked on its words", "", "The application is GRANTED. Kumo may serve the proposed subpoena on Example.³\n\n" + note, true, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Read(draft{discussion: tt.discussion, conclusion: tt.conclusion, signature: "\nMARY Q. LINDQVIST\nUnited States Magistrate Judge\n\nDate: June 3, 2024"}.String())
			c, ok := conditionOf(p.Order, order.NotifyAccountHolders)
			if ok != tt.notice || ok && (c.Days != 14 || c.Trigger != order.SubpoenaReceived) {
				t.Errorf("notice %v %+v, want %v (14 days of receipt)", ok, c, tt.notice)
			}
			c, ok = conditionOf(p.Order, order.MoveToQuash)
			if ok != tt.motion || ok && (c.Days != 21 || c.Trigger != order.NoticeGiven) {
				t.Errorf("motion %v %+v, want %v (21 days of the notice)", ok, c, tt.motion)
			}
			if _, ok := conditionOf(p.Order, order.PreserveNotDisclose); ok != tt.hold {
				t.Errorf("hold %v, want %v", ok, tt.hold)
			}
			if got := p.Order.Date.String(); got != "2024-06-03" {
				t.Errorf("date %s", got)
			}
		})
	}
}

// TestExhibitAfterSignature: what follows the judge's signature under an
// exhibit's heading is the order's only when the operative part makes
// that exhibit's terms its own ("subject to the Notice Procedure attached
// as Exhibit A, which is incorporated in this Order"); an exhibit it does
// not name, or names only as the subpoena it authorizes, states no term.
func TestExhibitAfterSignature(t *testing.T) {
	procedure := "\n\nNOTICE PROCEDURE\n\n1. Within fourteen (14) days of service of the subpoena, Example shall notify the account holder.\n\n2. The account holder may move to quash the subpoena within thirty (30) days of the notice.\n"
	tests := []struct {
		name, conclusion, exhibit string
		read                      bool
	}{
		{"incorporated", "The application is GRANTED. Kumo may serve the proposed subpoena on Example, subject to the Notice Procedure attached as Exhibit A, which is incorporated in this Order.", "EXHIBIT A" + procedure, true},
		{"its terms set forth in it", "The application is GRANTED. Kumo may serve the proposed subpoena on Example. The subpoena is subject to the conditions set forth in Exhibit A to this Order.", "EXHIBIT A" + procedure, true},
		{"its terms govern and control", "The application is GRANTED as modified. Kumo may serve a subpoena on Example in conformity with Appendix A. The terms of Appendix A govern; to the extent that the application or the proposed order differ from Appendix A, Appendix A controls.", "APPENDIX A" + procedure, true},
		{"a stipulation attached, approved and so ordered", "The application is GRANTED. The Stipulation (ECF No. 8), attached as Exhibit A, is APPROVED and SO ORDERED in its entirety.", "EXHIBIT A" + strings.Replace(procedure, "NOTICE PROCEDURE", "STIPULATION AND [PROPOSED] ORDER", 1), true},
		{"a stipulation attached with its own caption, approved and so ordered", "The application is GRANTED. The Stipulation (ECF No. 8), attached as Exhibit A, is APPROVED and SO ORDERED in its entirety.", "EXHIBIT A\n\nUNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n\nIN RE EX PARTE APPLICATION OF KUMO SHOJI K.K.\n\nSTIPULATION AND [PROPOSED] ORDER" + procedure, true},
		{"a proposed order adopted in full and attached as an exhibit, its terms this order's", "The Court has reviewed the proposed order lodged at Dkt. No. 1-4 and finds its terms\nappropriate. The proposed order is ADOPTED in full and is attached to this Order as Exhibit A.\nIts terms are the terms of this Order. The application is GRANTED on those terms.", "EXHIBIT A" + strings.Replace(procedure, "NOTICE PROCEDURE", "[PROPOSED] ORDER", 1), true},
		{"a stipulation attached, not approved", "The application is GRANTED on the Court's own terms; the Stipulation attached as Exhibit A is not approved.", "EXHIBIT A" + strings.Replace(procedure, "NOTICE PROCEDURE", "STIPULATION AND [PROPOSED] ORDER", 1), false},
		{"a proposed order, a copy of which is attached as an exhibit, adopted with changes", "The application is GRANTED AS MODIFIED. The proposed order (Dkt. No. 4), a copy of which is attached to this Order as Exhibit A, is ADOPTED as the order of the Court with the following change, and is otherwise incorporated in this Order by reference: Kumo shall serve a copy of this Order with the subpoena.", "EXHIBIT A" + strings.Replace(procedure, "NOTICE PROCEDURE", "[PROPOSED] ORDER", 1), true},
		{"not named: the applicant's proposed order", "The application is GRANTED. Kumo may serve the proposed subpoena on Example.", "EXHIBIT 1" + strings.Replace(procedure, "NOTICE PROCEDURE", "[PROPOSED] ORDER", 1), false},
		{"named only as the subpoena authorized", "The application is GRANTED. Kumo may serve on Example the subpoena attached as Exhibit A.", "EXHIBIT A" + procedure, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Read(draft{conclusion: tt.conclusion, signature: defaultSignature + "\n\n" + tt.exhibit}.String())
			c, ok := conditionOf(p.Order, order.NotifyAccountHolders)
			if ok != tt.read || ok && (c.Days != 14 || c.Trigger != order.SubpoenaServed) {
				t.Errorf("notice %v %+v, want %v", ok, c, tt.read)
			}
			c, ok = conditionOf(p.Order, order.MoveToQuash)
			if ok != tt.read || ok && (c.Days != 30 || c.Trigger != order.NoticeGiven) {
				t.Errorf("motion %v %+v, want %v", ok, c, tt.read)
			}
			if p.Order.Judge == "" || p.Order.Date.String() != "2024-06-03" {
				t.Errorf("judge %q, date %s", p.Order.Judge, p.Order.Date)
			}
		})
	}
}

// TestRequestsOfAScheduleAttached: a subpoena "consisting of Requests
// Nos. 1, 2 and 4 of Schedule A, which is attached to this Order", the
// schedule after the signature with its definitions and instructions
// before its requests: the requests are the schedule's, the definitions'
// numbered list is none, and the requests denied refuse what they seek.
func TestRequestsOfAScheduleAttached(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

IN RE EX PARTE APPLICATION OF KUMO SHOJI K.K.        Case No. 5:24-mc-80001-ABC

ORDER GRANTING IN PART EX PARTE APPLICATION

Kumo Shoji K.K. ("Kumo") asks to serve a subpoena on Example Social, Inc. ("Example").

CONCLUSION

        1.  The application is GRANTED IN PART and DENIED IN PART.

        2.  Kumo may serve on Example Social, Inc. a subpoena consisting of Requests Nos.
1, 2 and 4 of Schedule A, which is attached to this Order. Requests Nos. 3 and 5 are
DENIED. The Definitions and Instructions of Schedule A are not incorporated in this Order.

        3.  Within ten (10) days of being served with this Order, Example shall notify each
account holder.

        IT IS SO ORDERED.

Dated: July 22, 2024

                                        MARY Q. LINDQVIST
                                        United States Magistrate Judge


                                 SCHEDULE A

                                DEFINITIONS

1.  "ACCOUNTS" means the Example accounts named in the application.
2.  "IDENTIFYING INFORMATION" means any information tending to identify a person, including
    names, addresses, payment card numbers and device identifiers.

                                 REQUESTS

REQUEST NO. 1: DOCUMENTS sufficient to show the name provided for each of the ACCOUNTS.

REQUEST NO. 2: DOCUMENTS sufficient to show each email address associated with each of the
ACCOUNTS.

REQUEST NO. 3: DOCUMENTS sufficient to show any PayPal account used to pay for the ACCOUNTS.

REQUEST NO. 4: DOCUMENTS sufficient to show the IP address, date and time of each log-in to
each of the ACCOUNTS.

REQUEST NO. 5: All chat logs and private messages sent from any of the ACCOUNTS.
`
	o := Read(src).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.AccessLogs}, []order.Category{order.OtherPayment, order.Content})
	for _, rq := range o.Requests {
		if rq.Standard != order.SufficientToShow {
			t.Errorf("request %d standard %q, want sufficient to show", rq.Number, rq.Standard)
		}
	}
	t.Run("the schedule said to be reproduced at the end, in the order's opening", func(t *testing.T) {
		src := strings.Replace(strings.Replace(src, "consisting of Requests Nos.\n1, 2 and 4 of Schedule A, which is attached to this Order.", "containing Requests\n1, 2 and 4 of Schedule A, each limited to documents sufficient to show the information it describes.", 1),
			"asks to serve a subpoena on Example Social, Inc. (\"Example\").", "asks to serve a subpoena on Example Social, Inc. (\"Example\"). For convenience, Schedule A\nis reproduced at the end of this order.", 1)
		checkScope(t, Read(src).Order, []order.Category{order.Names, order.Emails, order.AccessLogs}, []order.Category{order.OtherPayment, order.Content})
	})
}

// TestExhibitEnteredWithAChange: "The Court ENTERS the proposed order
// attached as Exhibit A as the order of the Court, with this one change:
// in paragraph 1 of Exhibit A, \"fourteen (14) days\" is replaced with
// \"ten (10) days\"": the exhibit's terms are the order's, the period
// as changed.
func TestExhibitEnteredWithAChange(t *testing.T) {
	exhibit := "EXHIBIT A\n\n[PROPOSED] ORDER\n\n1. Within fourteen (14) days of service of the subpoena, Example shall notify the account holder.\n\n2. The account holder may move to quash the subpoena within thirty (30) days of the notice.\n"
	conclusion := "The application (Dkt. No. 1) is GRANTED. The Court ENTERS the proposed order attached as Exhibit\nA as the order of the Court, with this one change: in paragraph 1 of Exhibit A, \"fourteen (14)\ndays\" is replaced with \"ten (10) days\". In all other respects Exhibit A is entered as\nlodged."
	p := Read(draft{conclusion: conclusion, signature: defaultSignature + "\n\n" + exhibit}.String())
	if c, ok := conditionOf(p.Order, order.NotifyAccountHolders); !ok || c.Days != 10 || c.Trigger != order.SubpoenaServed {
		t.Errorf("notice %v %+v, want 10 days from service", ok, c)
	}
	if c, ok := conditionOf(p.Order, order.MoveToQuash); !ok || c.Days != 30 || c.Trigger != order.NoticeGiven {
		t.Errorf("motion %v %+v, want 30 days from the notice", ok, c)
	}
}

// TestVacatedOrderTerms: an order that vacates an earlier one, and says
// in the same breath what the earlier one required, does not order it
// again: only its own terms are read.
func TestVacatedOrderTerms(t *testing.T) {
	vacates := "IT IS ORDERED that the Original Order, which required Example to notify each account holder within seven (7) days of receiving the subpoena, is VACATED."
	tests := []struct {
		name, conclusion string
		days             int
		trigger          order.Trigger
	}{
		{"the vacated order's notice first, this order's after", vacates + "\n\nIT IS FURTHER ORDERED that Example shall notify each account holder within fourteen (14) days of service of the subpoena.", 14, order.SubpoenaServed},
		{"the vacated order's notice alone: none", vacates, 0, ""},
		{"superseded", "IT IS ORDERED that the Order of May 1, 2024, which gave each account holder twenty-one (21) days from the notice to move to quash, is SUPERSEDED by this Amended Order.", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Read(conclusionWith(tt.conclusion))
			c, ok := conditionOf(p.Order, order.NotifyAccountHolders)
			if ok != (tt.days > 0) || c.Days != tt.days || c.Trigger != tt.trigger {
				t.Errorf("notice %v %d days from %q; want %d days from %q", ok, c.Days, c.Trigger, tt.days, tt.trigger)
			}
			if c, ok := conditionOf(p.Order, order.MoveToQuash); ok {
				t.Errorf("a motion read from the vacated order: %+v", c)
			}
		})
	}
}

// TestMotionToQuashDecided: an order that decides an account holder's
// motion to quash, brought after notice under an earlier order, says what
// becomes of the subpoena: granted in part leaves it standing in part, the
// motion denied leaves it standing, and a motion granted outright is left
// to a person (quashed, or modified, the words must say). The order may
// narrow the subpoena ("shall produce documents sufficient to show", "is
// QUASHED insofar as it seeks ... (Request 3) and ... (Request 4)"), and
// names the platform by the short name it defined.
func TestMotionToQuashDecided(t *testing.T) {
	decided := func(conclusion string) string {
		return `UNITED STATES DISTRICT COURT
DISTRICT OF COLORADO

Civil Action No. 1:24-mc-00077-RTG

IN RE APPLICATION OF KUMO SHOJI K.K.
FOR AN ORDER UNDER 28 U.S.C. § 1782

ORDER ON MOTION TO QUASH

Before the Court is the motion of the anonymous holder of an Example account ("Movant") to quash the subpoena described below. Kumo Shoji K.K. ("Kumo") opposes it. Example Social, Inc. ("Example"), the subpoenaed party, has not taken a position.

I. BACKGROUND

In March 2024 Kumo asked for leave to serve a subpoena on Example, which hosts the account, and the Court allowed it. The subpoena asked Example for all documents showing (1) the name of the holder of the account; (2) the e-mail addresses and telephone numbers of the account; (3) the bank account into which the account's sales are paid; and (4) the device identifiers associated with the account. Example gave the Movant notice, and the Movant moved to quash within the time allowed.

II. DISCUSSION

Kumo needs to know who the Movant is, and little more. The bank account and the devices tell it nothing it needs.

III. CONCLUSION

` + conclusion + `

Dated: August 2, 2024

RUTH T. GALLEGOS
United States Magistrate Judge
`
	}
	tests := []struct {
		name        string
		conclusion  string
		disposition order.Disposition
		standard    order.Standard
		allowed     []order.Category
		denied      []order.Category
	}{
		{"granted in part, the subpoena narrowed",
			"The Movant's motion to quash (ECF No. 9) is GRANTED IN PART and DENIED IN PART. Example shall produce documents sufficient to show the information sought by Requests 1 and 2. The subpoena is QUASHED insofar as it seeks the bank account of the account holder (Request 3) and device identifiers (Request 4).",
			order.GrantedInPart, order.SufficientToShow, []order.Category{order.Names, order.Emails, order.Phones}, []order.Category{order.OtherPayment, order.DeviceIDs}},
		{"granted in part, produce to the applicant documents sufficient to show",
			"The Movant's motion to quash (ECF No. 9) is GRANTED IN PART and DENIED IN PART. The subpoena is QUASHED as to Requests 3 and 4. Example shall produce to Kumo documents sufficient to show the information sought by Requests 1 and 2.",
			order.GrantedInPart, order.SufficientToShow, []order.Category{order.Names, order.Emails, order.Phones}, []order.Category{order.OtherPayment, order.DeviceIDs}},
		{"a motion cited by its D.I. number, granted in part",
			"1. The Movant's Motion to Quash (D.I. 9) is GRANTED IN PART and DENIED IN PART.\n\n2. The subpoena is QUASHED as to Requests 3 and 4. Example shall produce documents sufficient to show the information sought by Requests 1 and 2.",
			order.GrantedInPart, order.SufficientToShow, []order.Category{order.Names, order.Emails, order.Phones}, []order.Category{order.OtherPayment, order.DeviceIDs}},
		{"the motion denied: the subpoena stands",
			"The motion to quash filed by the Movant is DENIED. Example shall comply with the subpoena.",
			order.Granted, order.AllDocuments, []order.Category{order.Names, order.Emails, order.Phones, order.OtherPayment, order.DeviceIDs}, nil},
		{"a motion to modify, granted in part",
			"The motion to modify the subpoena is GRANTED IN PART. The subpoena is QUASHED insofar as it seeks device identifiers (Request 4).",
			order.GrantedInPart, order.AllDocuments, []order.Category{order.Names, order.Emails, order.Phones, order.OtherPayment}, []order.Category{order.DeviceIDs}},
		{"the motion granted: left to a person",
			"The motion to quash is GRANTED.",
			"", "", nil, nil},
		{"the motion granted as to requests, which are struck",
			"The Motion (ECF No. 9) is GRANTED IN PART and DENIED IN PART. The Motion is GRANTED as to Requests 3 (the bank account) and 4 (device identifiers), which are STRICKEN. Example shall produce documents sufficient to show the information sought by Requests 1 and 2.",
			order.GrantedInPart, order.SufficientToShow, []order.Category{order.Names, order.Emails, order.Phones}, []order.Category{order.OtherPayment, order.DeviceIDs}},
		{"the motion the order is on, named as the Motion",
			"The Motion (ECF No. 9) is DENIED IN PART and GRANTED IN PART. The subpoena is QUASHED insofar as it seeks device identifiers (Request 4). Example shall produce documents sufficient to show the information sought by Requests 1 through 3.",
			order.GrantedInPart, order.SufficientToShow, []order.Category{order.Names, order.Emails, order.Phones, order.OtherPayment}, []order.Category{order.DeviceIDs}},
		{"another motion granted is no disposition of the subpoena",
			"The Movant's motion for leave to proceed under a pseudonym is GRANTED.",
			"", "", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Read(decided(tt.conclusion))
			if p.Order.Provider != "Example Social, Inc." {
				t.Errorf("provider %q, want Example Social, Inc.", p.Order.Provider)
			}
			if p.Order.Disposition != tt.disposition {
				t.Errorf("disposition %q, want %q", p.Order.Disposition, tt.disposition)
			}
			checkScope(t, p.Order, tt.allowed, tt.denied)
			for _, rq := range p.Order.Requests {
				if rq.Standard != tt.standard {
					t.Errorf("request %d: standard %q, want %q", rq.Number, rq.Standard, tt.standard)
				}
			}
		})
	}
	t.Run("the platform's motion, its name abbreviated, the Motion granted in part", func(t *testing.T) {
		src := strings.Replace(decided("The Motion (ECF No. 9) is GRANTED IN PART and DENIED IN PART. The subpoena is QUASHED insofar as it seeks device identifiers (Request 4)."),
			"Before the Court is the motion of the anonymous holder of an Example account (\"Movant\") to quash", "Before the Court is the motion of non-party Example Social, Inc. (\"Example\") to quash", 1)
		src = strings.Replace(src, "ORDER ON MOTION TO QUASH", "ORDER", 1)
		if d := Read(src).Order.Disposition; d != order.GrantedInPart {
			t.Errorf("disposition %q, want granted in part", d)
		}
	})
}

// TestEndorsedLetterMotion: an applicant's letter-motion that the judge
// endorsed at its foot ("MEMO ENDORSED": "Application GRANTED ... SO
// ORDERED." with the judge's name and a date). The endorsement grants what
// the letter asked, on the terms the letter proposed, changed as the
// endorsement says: a term it changes is the endorsement's, never the
// letter's. A letter not endorsed, or an application denied, orders
// nothing; what the letter says of the platform's own practice is no term.
func TestEndorsedLetterMotion(t *testing.T) {
	letter := func(endorsement string) string {
		return `                                                   MEMO ENDORSED

HARROW & VANCE LLP
55 Water Street
New York, New York 10041

                                                   March 3, 2024

BY ECF

Hon. Daniel R. Okafor
United States District Judge
Eastern District of New York
225 Cadman Plaza East
Brooklyn, New York 11201

      Re:   In re Application of Kumo Shoji K.K., No. 24-mc-1207 (DRO)

Dear Judge Okafor:

      We represent Kumo Shoji K.K. ("Kumo"), the applicant, and write by
letter-motion to ask that the Court grant Kumo's application under 28
U.S.C. § 1782 (ECF No. 1) and permit Kumo to serve its subpoena (ECF No.
3-1) on Example Social, Inc. ("Example") on the terms set out below.

      The subpoena asks Example for documents sufficient to show, for the
account @kumo_fake: (1) the name and e-mail address registered to the account;
(2) the telephone number registered to the account; (3) the IP addresses of
each log-in to the account from January 1, 2024 through the date of production;
and (4) the direct messages sent from the account.

      Example has told us that it ordinarily notifies its users five (5) days
before it answers a subpoena, and that it will not answer one while a user's
objection is pending.

      We propose these terms:

      (1)  Within seven (7) days of service of the subpoena, Example shall
           notify the account holder.

      (2)  The account holder may, within twenty-one (21) days from the date
           of the notice, file a motion to quash the subpoena.

      (3)  Example shall preserve the information sought by the subpoena and
           shall not produce it until the Court has resolved any motion.

      (4)  Kumo shall use what it obtains only for its contemplated action in
           the Tokyo District Court.

      Thank you for considering this request.

                                         Respectfully submitted,

                                         /s/ Helen Vance
                                         Helen Vance
` + endorsement
	}
	// above marks an endorsement written above the letter, not at its
	// foot.
	const above = "\x00above\x00"
	const signed = `
                                   D. R. O.
                         Daniel R. Okafor, U.S.D.J.
                         3/5/24
`
	tests := []struct {
		name, endorsement string
		disposition       order.Disposition
		notice, contest   int
		hold              bool
		use               bool
		allowed, denied   []order.Category
	}{
		{"granted as modified, the notice period changed",
			"\n      Letter-motion GRANTED as modified. Kumo may serve the subpoena at ECF No.\n      3-1 as to Requests (1) through (3). Request (4), which seeks the direct\n      messages sent from the account, is DENIED. Terms (1) through (4) proposed\n      above are adopted as the Order of the Court, except that Example shall\n      notify the account holder within fourteen (14) days of service of the\n      subpoena.\n\n      SO ORDERED.\n" + signed,
			order.GrantedWithModifications, 14, 21, true, true,
			[]order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, []order.Category{order.Content}},
		{"granted: the proposed terms as they stand",
			"\n      Application GRANTED. SO ORDERED.\n" + signed,
			order.Granted, 7, 21, true, true,
			[]order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs, order.Content}, nil},
		{"granted, the contest period changed",
			"\n      The application is granted, and the terms proposed in this letter are\n      adopted, except that the account holder shall have thirty (30) days from\n      the date of the notice to file a motion to quash.\n\n      SO ORDERED.\n" + signed,
			order.Granted, 7, 30, true, true,
			[]order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs, order.Content}, nil},
		{"only some terms adopted",
			"\n      Application GRANTED. Terms (1) and (2) of this letter are so ordered.\n\n      SO ORDERED.\n" + signed,
			order.Granted, 7, 21, false, false,
			[]order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs, order.Content}, nil},
		{"endorsed in a box drawn around the stamp",
			"\n     ______________________________________________\n    |                                              |\n    |   MEMO ENDORSED                              |\n    |                                              |\n    |   Application GRANTED. SO ORDERED.           |\n    |                                              |\n    |   3/5/24                                     |\n    |   /s/ Daniel R. Okafor, U.S.D.J.             |\n    |______________________________________________|\n",
			order.Granted, 7, 21, true, true,
			[]order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs, order.Content}, nil},
		{"denied: nothing is ordered",
			"\n      Application DENIED without prejudice to renewal on a fuller record.\n      SO ORDERED.\n" + signed,
			order.Denied, 0, 0, false, false, nil, nil},
		{"not endorsed: the letter orders nothing",
			"",
			"", 0, 0, false, false, nil, nil},
		{"granted, and no more words",
			"\n      GRANTED. SO ORDERED.\n" + signed,
			order.Granted, 7, 21, true, true,
			[]order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs, order.Content}, nil},
		{"the Court grants the letter-motion",
			"\n      The Court grants the letter-motion and adopts the proposed terms. The\n      Clerk is directed to close ECF No. 7. SO ORDERED.\n" + signed,
			order.Granted, 7, 21, true, true,
			[]order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs, order.Content}, nil},
		{"the terms introduced by a sentence of their own",
			"\n      Application GRANTED. SO ORDERED.\n" + signed + "\x00follows",
			order.Granted, 7, 21, true, true,
			[]order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs, order.Content}, nil},
		{"endorsed above the letter, on its first page",
			above + "\n      Letter-motion GRANTED; terms (1) through (4) adopted, except that the\n      account holder shall have thirty (30) days from the date of the notice to\n      file a motion to quash. SO ORDERED.\n" + signed + "\n",
			order.Granted, 7, 30, true, true,
			[]order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs, order.Content}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := letter(tt.endorsement)
			if e, ok := strings.CutSuffix(tt.endorsement, "\x00follows"); ok {
				text = strings.Replace(letter(e), "We propose these terms:", "The terms Kumo proposes are as follows.", 1)
			}
			if strings.HasPrefix(tt.endorsement, above) {
				text = strings.TrimPrefix(tt.endorsement, above) + letter("")
			}
			p := Read(text)
			if tt.disposition != "" && p.Order.Date.String() != "2024-03-05" {
				t.Errorf("date %s, want the endorsement's 2024-03-05", p.Order.Date)
			}
			if tt.disposition != "" && p.Order.Judge != "Daniel R. Okafor" {
				t.Errorf("judge %q, want the endorsement's signer", p.Order.Judge)
			}
			o := p.Order
			if o.Provider != "Example Social, Inc." {
				t.Errorf("provider %q, want Example Social, Inc.", o.Provider)
			}
			if o.Disposition != tt.disposition {
				t.Errorf("disposition %q, want %q", o.Disposition, tt.disposition)
			}
			for _, c := range []struct {
				act  order.Act
				days int
				trig order.Trigger
			}{{order.NotifyAccountHolders, tt.notice, order.SubpoenaServed}, {order.MoveToQuash, tt.contest, order.NoticeGiven}} {
				got, ok := conditionOf(o, c.act)
				if c.days == 0 {
					if ok {
						t.Errorf("%s %+v read from a letter the order did not adopt", c.act, got)
					}
					continue
				}
				if !ok || got.Days != c.days || got.Trigger != c.trig {
					t.Errorf("%s %+v (found %v), want %d days from %s", c.act, got, ok, c.days, c.trig)
				}
			}
			h, ok := conditionOf(o, order.PreserveNotDisclose)
			if ok != tt.hold || (ok && h.Scope != order.WholeSubpoena) {
				t.Errorf("hold %+v (found %v), want %v over the whole subpoena", h, ok, tt.hold)
			}
			if got := o.UseRestriction.Text != ""; got != tt.use {
				t.Errorf("use restriction %q, want one: %v", o.UseRestriction.Text, tt.use)
			}
			if n, ok := conditionOf(o, order.NotifyAccountHolders); ok && n.Days == 5 {
				t.Errorf("the platform's own practice read as the notice period")
			}
			checkScope(t, o, tt.allowed, tt.denied)
		})
	}
}

// TestScheduleTable: the protective terms set out as a table in the
// operative part (what is done, by whom, when), as a PDF's text renders
// one: rules of dashes, cells wrapped over several lines, the table split
// by a page break with its header repeated. Each row is a term of the
// order; a row that names no act with a period (production) is none, and
// prose after the table is read as prose. A table in the discussion (the
// applicant's proposal) is not the order's.
func TestScheduleTable(t *testing.T) {
	table := `   ----------------------------------------------------------------------------
    Action                     Party              Deadline
   ----------------------------------------------------------------------------
    Notify the account         Example            Within 14 days after
    holder of the                                 service of the subpoena
    subpoena, by e-mail                           on Example
   ----------------------------------------------------------------------------
    Motion to quash or         Account holder     Within 30 days after
    modify the subpoena                           the notice is sent
   ----------------------------------------------------------------------------
    Written objection          Account holder     Within the same 30
    sent to Example                               days

   Case 4:24-mc-00415-KLM        Document 9        Filed 06/03/24        Page 3 of 4

   ----------------------------------------------------------------------------
    Action                     Party              Deadline
   ----------------------------------------------------------------------------
    File any objection         Example            Within 5 days after
    with the Court                                receiving it
   ----------------------------------------------------------------------------
    Preserve the requested     Example            Until the Court has
    records; disclose                             resolved any motion
    nothing                                       or objection
   ----------------------------------------------------------------------------
    Production                 Example            Within 10 days after
                                                  the time for objections
                                                  ends
   ----------------------------------------------------------------------------
`
	// The same table as a PDF's text gives it when the borders are lines
	// drawn, not characters: blank lines between the rows.
	unruled := regexp.MustCompile(`(?m)^ *-{20,}$`).ReplaceAllString(table, "")
	// And drawn as a grid of characters, bars between the columns.
	grid := regexp.MustCompile(`(?m)^   (-{20,})$`).ReplaceAllString(table, "  +$1+")
	grid = regexp.MustCompile(`(?m)^    (\S.{26})(.{19})(.*)$`).ReplaceAllStringFunc(grid, func(l string) string {
		if strings.Contains(l, "Case 4:24") {
			return l
		}
		return "  | " + l[4:31] + "| " + l[31:50] + "| " + l[50:]
	})
	// Drawn as a grid whose rows are not ruled apart, only the header: a
	// row begins on a line that fills every column.
	var bare []string
	for i, l := range strings.Split(grid, "\n") {
		if strings.HasPrefix(l, "  +") && (i == 0 || !strings.Contains(strings.Split(grid, "\n")[i-1], "Action")) {
			continue
		}
		bare = append(bare, l)
	}
	headerOnly := strings.Join(bare, "\n")
	// Its cells separated by tabs, as a word processor's text gives them.
	tabbed := "      No.\tAction\tBy\tDeadline\n" +
		"      1\tNotify the account holder of the subpoena\tExample\tWithin 14 days after\n" +
		"      \tby e-mail\t\tservice of the subpoena on Example\n" +
		"      2\tMove to quash or modify the subpoena\tAccount holder\tWithin 30 days after\n" +
		"      \t\t\tthe notice is sent\n" +
		"      3\tSend Example a written objection\tAccount holder\tWithin the same 30 days\n" +
		"      4\tFile any objection with the Court\tExample\tWithin 5 days after\n" +
		"      \t\t\tExample receives it\n" +
		"      5\tPreserve the requested records; disclose\tExample\tUntil the Court has\n" +
		"      \tnothing\t\tresolved any motion or objection\n"
	// Each column underlined by a rule of its own, the rows apart by blank
	// lines, the periods without "within".
	underlined := `       ACTION                              WHO              DEADLINE
       --------------------------------    -------------    ---------------------------
       Notify the account holder of the    Example          14 days after service of
       subpoena, by e-mail                                  the subpoena on Example

       Move to quash or modify the         Account holder   30 days after the notice
       subpoena                                             is sent

       Send Example a written              Account holder   Within the same 30
       objection                                            days

       File any objection with the         Example          5 days after Example
       Court                                                receives it

       Preserve the requested records;     Example          Until the Court has
       disclose nothing                                     resolved any motion or
                                                            objection
`
	tests := []struct {
		name                string
		discussion, conclus string
		want                bool
	}{
		{"the schedule's columns each underlined, its rows apart by blank lines", "",
			"The application is GRANTED. Kumo may serve the proposed subpoena on Example. The following schedule governs:\n\n" + underlined + "\n   Kumo shall use the information it obtains only for the contemplated action in Japan.", true},
		{"the schedule in the operative part", "",
			"The application is GRANTED. Kumo may serve the proposed subpoena on Example, on the following schedule, which is part of this Order:\n\n" + table + "\n   Kumo shall use the information it obtains only for the contemplated action in Japan.", true},
		{"the applicant's proposed schedule, in the discussion", "Kumo proposes the following schedule:\n\n" + table + "\n   The Court sees no need for it.",
			"The application is GRANTED. Kumo may serve the proposed subpoena on Example.", false},
		{"the schedule drawn as a grid", "",
			"The application is GRANTED. Kumo may serve the proposed subpoena on Example, on the following schedule, which is part of this Order:\n\n" + grid + "\n   Kumo shall use the information it obtains only for the contemplated action in Japan.", true},
		{"the schedule's cells separated by tabs", "",
			"The application is GRANTED. Kumo may serve the proposed subpoena on Example. The Court states the schedule in the table below.\n\n" + tabbed + "\n   Kumo shall use the information it obtains only for the contemplated action in Japan.", true},
		{"the schedule drawn as a grid, only its header ruled", "",
			"The application is GRANTED. Kumo may serve the proposed subpoena on Example, on the following schedule, which is part of this Order:\n\n" + headerOnly + "\n   Kumo shall use the information it obtains only for the contemplated action in Japan.", true},
		{"the schedule with no rules, as a PDF's borders leave it", "",
			"The application is GRANTED. Kumo may serve the proposed subpoena on Example, on the following schedule, which is part of this Order:\n\n" + unruled + "\n   Kumo shall use the information it obtains only for the contemplated action in Japan.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Read(draft{discussion: tt.discussion, conclusion: tt.conclus}.String())
			o := p.Order
			rows := []struct {
				act     order.Act
				days    int
				trigger order.Trigger
				party   order.Party
			}{
				{order.NotifyAccountHolders, 14, order.SubpoenaServed, order.Provider},
				{order.MoveToQuash, 30, order.NoticeGiven, order.AccountHolder},
				{order.ObjectInWriting, 30, order.NoticeGiven, order.AccountHolder},
				{order.AdviseCourt, 5, order.ObjectionReceived, order.Provider},
			}
			for _, w := range rows {
				c, ok := conditionOf(o, w.act)
				if !tt.want {
					if ok {
						t.Errorf("%s %+v read from a table the order did not adopt", w.act, c)
					}
					continue
				}
				if !ok || c.Days != w.days || c.Trigger != w.trigger || c.Party != w.party {
					t.Errorf("%s %+v (found %v), want %d days from %s by %s", w.act, c, ok, w.days, w.trigger, w.party)
				}
			}
			h, ok := conditionOf(o, order.PreserveNotDisclose)
			if ok != tt.want || ok && h.Scope != order.WholeSubpoena {
				t.Errorf("hold %+v (found %v), want %v over the whole subpoena", h, ok, tt.want)
			}
			if got := o.UseRestriction.Text != ""; got != tt.want {
				t.Errorf("use restriction %q, want one: %v", o.UseRestriction.Text, tt.want)
			}
			if len(o.Conditions) > 5 {
				t.Errorf("%d conditions read, want at most 5: %+v", len(o.Conditions), o.Conditions)
			}
		})
	}
}

// TestLetterOrdersNothingItself: a letter-motion that sets out the order it
// proposes ("IT IS HEREBY ORDERED that ...") orders nothing until the judge
// grants it; an endorsement that only says "SO ORDERED", granting nothing
// in words, leaves the disposition and the terms to a person; a background
// account of an earlier motion to quash decides nothing.
func TestLetterOrdersNothingItself(t *testing.T) {
	letter := func(endorsement string) string {
		return `ORTEGA BRAND LLP
1 Liberty Plaza, New York, New York 10006

                                             April 2, 2024

Hon. Priya N. Castellanos
United States Magistrate Judge

      Re:   In re Application of Kumo Shoji K.K., No. 24-mc-88 (PNC)

Dear Judge Castellanos:

      We write for Kumo Shoji K.K. ("Kumo") to ask leave to serve its subpoena
(ECF No. 2-1) on Example Social, Inc. ("Example"). An earlier motion to quash
by the account holder was denied in another court. For the Court's convenience,
the order we propose reads:

      IT IS HEREBY ORDERED that Example shall notify the account holder within
      seven (7) days of service of the subpoena, and that the account holder may,
      within fourteen (14) days of the notice, file a motion to quash the
      subpoena.

                                             Respectfully submitted,

                                             /s/ Rafael Ortega
` + endorsement
	}
	for _, tt := range []struct{ name, endorsement string }{
		{"not endorsed", ""},
		{"so ordered, and no more", "\n      SO ORDERED.\n\n      P.N.C.  4/4/24\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := Read(letter(tt.endorsement))
			if p.Order.Disposition != "" {
				t.Errorf("disposition %q read from a letter", p.Order.Disposition)
			}
			if len(p.Order.Conditions) > 0 {
				t.Errorf("conditions %+v read from the order a letter proposes", p.Order.Conditions)
			}
		})
	}
}

// TestTableOfCategories: a table in the operative part that says which
// information may be sought states no protective term: no act, no period
// and no hold is read from it.
func TestTableOfCategories(t *testing.T) {
	text := conclusionWith(`The subpoena may seek the information marked as allowed below:

   ------------------------------------------------------------
    Information                  Allowed
   ------------------------------------------------------------
    Names and e-mail             Yes, within 14 days
    addresses of the holder
   ------------------------------------------------------------
    Device identifiers           No; the Court will not
                                 order their production
   ------------------------------------------------------------

Example shall notify the account holder within twenty-one (21) days of service of the subpoena.`)
	p := Read(text)
	if len(p.Order.Conditions) != 1 {
		t.Fatalf("conditions %+v, want only the notice", p.Order.Conditions)
	}
	if c := p.Order.Conditions[0]; c.Act != order.NotifyAccountHolders || c.Days != 21 || c.Trigger != order.SubpoenaServed {
		t.Errorf("notice %+v, want 21 days of service of the subpoena", c)
	}
}

// TestScheduleTableTimeFirst: a schedule whose first column is the time
// and whose step names its act in another cell: the event a period runs
// from is read in the period's own cell, not in the step's words after it
// ("Give notice ..." is no trigger of the notice's own period).
func TestScheduleTableTimeFirst(t *testing.T) {
	text := conclusionWith(`Kumo may serve the proposed subpoena on Example under this schedule:

   ---------------------------------------------------------------------------
    Deadline                      Step                           Responsible
                                                                 party
   ---------------------------------------------------------------------------
    Within 14 days after          Give notice of the subpoena    Example
    service of the subpoena       to the account holder
   ---------------------------------------------------------------------------
    Within 30 days after the      Move to quash or modify the    Account
    notice                        subpoena                       holder
   ---------------------------------------------------------------------------
`)
	p := Read(text)
	for _, w := range []struct {
		act     order.Act
		days    int
		trigger order.Trigger
	}{{order.NotifyAccountHolders, 14, order.SubpoenaServed}, {order.MoveToQuash, 30, order.NoticeGiven}} {
		c, ok := conditionOf(p.Order, w.act)
		if !ok || c.Days != w.days || c.Trigger != w.trigger {
			t.Errorf("%s %+v (found %v), want %d days from %s", w.act, c, ok, w.days, w.trigger)
		}
	}
}

// TestEndorsedLetterLetteredTerms: a letter-motion whose proposed terms
// are lettered (a), (b), (c), adopted by letter in the endorsement.
func TestEndorsedLetterLetteredTerms(t *testing.T) {
	text := `Dear Judge Ferreira:

      On behalf of Kumo Shoji K.K. ("Kumo"), we ask that the Court permit Kumo
to serve the subpoena filed at ECF No. 4 on Example Social, Inc. ("Example"),
which seeks documents sufficient to show the name and e-mail address of the
holder of the account @kumo_fake. Kumo asks the Court to impose these
conditions:

      (a)  Within five (5) days of service of the subpoena, Example shall notify
           the account holder.

      (b)  The account holder may, within twenty-eight (28) days from the date of
           the notice, file a motion to quash the subpoena.

      (c)  Kumo shall use any information it receives only in its contemplated
           action in Japan.

                                         Respectfully,

                                         /s/ Ana Ruiz

      The application is GRANTED. Conditions (a) through (c) are adopted,
      except that Example shall notify the account holder within ten (10) days
      of service of the subpoena. SO ORDERED.

                                         M.F. 7/1/24
`
	p := Read(text)
	o := p.Order
	for _, w := range []struct {
		act  order.Act
		days int
	}{{order.NotifyAccountHolders, 10}, {order.MoveToQuash, 28}} {
		if c, ok := conditionOf(o, w.act); !ok || c.Days != w.days {
			t.Errorf("%s %+v (found %v), want %d days", w.act, c, ok, w.days)
		}
	}
	if o.UseRestriction.Text == "" {
		t.Errorf("no use restriction read from condition (c)")
	}
}

// TestLigatures: a PDF's text may keep the typographic ligatures of its
// font ("suﬃcient", "ﬁle", "aﬀected"); they are read as the letters they
// join.
func TestLigatures(t *testing.T) {
	requests := "The proposed subpoena asks Example for documents suﬃcient to identify, for the ACCOUNT:\n\n1. The names and e-mail addresses registered with it;\n\n2. The telephone numbers of the aﬀected subscriber.\n\nDkt. No. 1-1."
	conclusion := "The application is GRANTED. Kumo may serve the proposed subpoena on Example.\n\nThe account holder may ﬁle a motion to quash within twenty-one (21) days after the notice is sent."
	p := Read(draft{requests: requests, conclusion: conclusion}.String())
	for _, r := range p.Order.Requests {
		if r.Standard != order.SufficientToShow {
			t.Errorf("request %d: standard %q, want %q", r.Number, r.Standard, order.SufficientToShow)
		}
	}
	if len(p.Order.Requests) != 2 {
		t.Errorf("%d requests, want 2", len(p.Order.Requests))
	}
	if c, ok := conditionOf(p.Order, order.MoveToQuash); !ok || c.Days != 21 {
		t.Errorf("motion to quash %+v, want 21 days", c)
	}
}

// TestPartIncorporated: an order may state its safeguards in a part of
// its own before the conclusion ("III. Safeguards"), which the conclusion
// makes the order's ("subject to the safeguards in Part III of this order,
// which are incorporated here", "Paragraphs 2 through 5 of the proposed
// order, as described in Part III above, are ADOPTED"): its terms are the
// order's. A part the conclusion only refers to, or does not name, states
// no term.
func TestPartIncorporated(t *testing.T) {
	safeguards := `The Court grants the application on the terms that follow.

III. Safeguards

A. Notice. Within ten (10) days after it is served with the subpoena, Example shall notify the account holder by e-mail.

B. Motion. The account holder may move to quash or modify the subpoena within twenty-one (21) days after the notice is sent.

C. Preservation. Example shall preserve the records sought and shall not produce them while a motion is pending.

D. Use. Kumo may use what it receives only in the contemplated action in Japan.`
	tests := []struct {
		name, conclusion string
		want             bool
	}{
		{"incorporated", "The application is GRANTED. Kumo may serve the proposed subpoena on Example. The subpoena is subject to the Safeguards in Part III of this order, which are incorporated here.", true},
		{"incorporated by reference, in other words", "The application is GRANTED. Kumo may serve the proposed subpoena on Example, subject to the conditions set out in Section III, which are hereby incorporated into this Order.", true},
		// The court granted "on the terms that follow" and stated them in
		// its own voice; an operative part that states no condition of its
		// own leaves them there.
		{"only referred to, the operative part stating none", "The application is GRANTED. Kumo may serve the proposed subpoena on Example. The reasons are given in Part III.", true},
		{"the grant made subject to the part", "The application is GRANTED. Kumo may serve the proposed subpoena on Example, subject to the procedures set out in Section III.", true},
		{"its terms subject to the part", "The application is GRANTED. The subpoena is subject to the terms stated in Part III above.", true},
		{"the terms governed by the part", "The application is GRANTED. Kumo may serve the proposed subpoena on Example. Notice, any challenge, preservation and use are governed by Part III.", true},
		{"the grant to follow the part's timetable", "The application is GRANTED. Kumo may serve the proposed subpoena on Example. Service, notice, any challenge and production shall follow the timetable and conditions in Part III.", true},
		{"a document's terms, as the part describes them, adopted", "The application is GRANTED. Kumo may serve the proposed subpoena on Example.\n\n2. Paragraphs 2 through 5 of the proposed order (Dkt. No. 1-6), as described in Part III above, are ADOPTED without change and have the force of an order of this Court.", true},
		{"the times and manner set out in a part, incorporated", "The application is GRANTED. Kumo may serve the proposed subpoena on Example. Example shall give notice, and the account holder may move, within the times and in the manner set out in Part III of this Order, which are incorporated here.", true},
		{"terms in a part of the Discussion, incorporated", "The application is GRANTED IN PART. Kumo may serve Example with a subpoena consisting of requests (a) through (f), and request (g) is denied. The subpoena is subject to the notice, objection and preservation terms in Part III of the Discussion, which are incorporated here.", true},
		{"terms in a part of another document, incorporated", "The application is GRANTED IN PART. Kumo may serve Example with a subpoena consisting of requests (a) through (f), and request (g) is denied. The subpoena is subject to the notice, objection and preservation terms in Part III of the proposed order, which are incorporated here.", false},
		{"subject to a part of another document", "The application is GRANTED. Kumo may serve the proposed subpoena on Example, subject to the conditions in Section III of the proposed order.", false},
		{"a document's terms, as the part describes them, not adopted", "The application is GRANTED. Kumo may serve the proposed subpoena on Example. Paragraphs 2 through 5 of the proposed order, as described in Part III above, are not adopted.", false},
		{"a part's conditions not made the order's", "The application is GRANTED. Kumo may serve the proposed subpoena on Example. The conditions in Part III are not adopted.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := strings.Replace(draft{discussion: safeguards, conclusion: tt.conclusion}.String(), "III. CONCLUSION", "IV. CONCLUSION", 1)
			p := Read(src)
			n, okN := conditionOf(p.Order, order.NotifyAccountHolders)
			m, okM := conditionOf(p.Order, order.MoveToQuash)
			if !tt.want {
				if okN || okM || p.Order.UseRestriction.Text != "" {
					t.Errorf("terms read from a part not incorporated: %+v, use %q", p.Order.Conditions, p.Order.UseRestriction.Text)
				}
				return
			}
			if !okN || n.Days != 10 || n.Trigger != order.SubpoenaServed {
				t.Errorf("notice %+v, want 10 days after service", n)
			}
			if !okM || m.Days != 21 || m.Trigger != order.NoticeGiven {
				t.Errorf("motion %+v, want 21 days after the notice", m)
			}
			if _, ok := conditionOf(p.Order, order.PreserveNotDisclose); !ok {
				t.Error("no hold")
			}
			if p.Order.UseRestriction.Text == "" {
				t.Error("no use restriction")
			}
		})
	}
}

// TestDateOfAPrint: a case-law site's print gives the court on a line of
// its own and the day the order was decided on the next; where the print
// keeps no signature date, that is the order's date. A date in the text
// below is not.
func TestDateOfAPrint(t *testing.T) {
	caption := `In re Application of KUMO SHOJI K.K., Applicant.

Case No. 3:24-mc-00415-ABC.

United States District Court, D. Oregon, Portland Division.

March 5, 2024.

ORDER

Kumo Shoji K.K. ("Kumo") applies ex parte for leave to serve a subpoena on Example Social, Inc. ("Example"). Its Japanese counsel wrote to Example on January 9, 2024.`
	tests := []struct{ name, signature, want string }{
		{"no signature date: the print's", "IT IS SO ORDERED.\n\nMARY Q. LINDQVIST, United States Magistrate Judge.", "2024-03-05"},
		{"a signature date: the signature's", "IT IS SO ORDERED.\n\nDated: March 4, 2024\n\nMARY Q. LINDQVIST\nUnited States Magistrate Judge", "2024-03-04"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Read(draft{caption: caption, signature: tt.signature}.String())
			if got := p.Order.Date.String(); p.Order.Date.IsZero() || got != tt.want {
				t.Errorf("date %s, want %s", got, tt.want)
			}
		})
	}
	// A print that ends neither its court's line nor its date with a
	// period.
	bare := strings.NewReplacer("Portland Division.", "Portland Division", "March 5, 2024.", "March 5, 2024", "3:24-mc-00415-ABC.", "3:24-mc-00415-ABC").Replace(caption)
	p := Read(draft{caption: bare, signature: tests[0].signature}.String())
	if got := p.Order.Date.String(); p.Order.Date.IsZero() || got != "2024-03-05" {
		t.Errorf("print without periods: date %s, want 2024-03-05", got)
	}
}

// TestNoticeOfElectronicFiling: the court's CM/ECF e-mail wrapped around
// the order (From, Subject, "Notice of Electronic Filing", its "Case
// Number:" line and docket text) gives the docket's number and names, not
// the order's: the caption after it does.
func TestNoticeOfElectronicFiling(t *testing.T) {
	nef := `From: ecf_notice@njd.uscourts.gov
Subject: Activity in Case 2:24-mc-00077-ABC-DEF In re Application of Kumo Shoji K.K. Order on Motion

This is an automatic e-mail message generated by the CM/ECF system. Please DO NOT RESPOND to this e-mail because the mail box is unattended.

U.S. District Court

District of New Jersey

Notice of Electronic Filing

The following transaction was entered on 6/3/2024 at 3:12 PM EDT and filed on 6/3/2024
Case Name:       In re Application of Kumo Shoji K.K.
Case Number:     2:24-mc-00077-ABC-DEF
Document Number: 8

Docket Text:
ORDER granting [1] Ex Parte Application. Signed by Magistrate Judge Mary Q. Lindqvist on 6/3/2024.

--------------------------------------------------------------------------------

UNITED STATES DISTRICT COURT
DISTRICT OF NEW JERSEY

In re Ex Parte Application of Kumo          Civil No. 24-mc-77 (ABC/DEF)
Shoji K.K.,
          Applicant.

ORDER

Kumo Shoji K.K. ("Kumo") applies ex parte for leave to serve a subpoena on Example Social, Inc. ("Example").`
	p := Read(draft{caption: nef}.String())
	o := p.Order
	if o.CaseNumber != "24-mc-77 (ABC/DEF)" || o.Applicant != "Kumo Shoji K.K." || o.Provider != "Example Social, Inc." {
		t.Errorf("case %q, applicant %q, platform %q; want the caption's", o.CaseNumber, o.Applicant, o.Provider)
	}
}

// TestRequestsInOneSentence: a subpoena's requests described in one
// sentence, each after its number and a comma ("Request No. 1 seeks ...;
// Request No. 2, ...; and Request No. 3, ..."), are requests of their own,
// so that denying one denies what it alone asks for.
func TestRequestsInOneSentence(t *testing.T) {
	requests := `The proposed subpoena has three requests. Dkt. No. 1-1. Request No. 1 seeks "all documents" showing the name and any postal address given when the ACCOUNT was opened; Request No. 2, the telephone numbers and e-mail addresses associated with the ACCOUNT; and Request No. 3, "copies of every message sent from the ACCOUNT to any customer of Kumo."`
	tests := []struct {
		name, conclusion string
		denied, allowed  []order.Category
	}{
		{"the third denied", "The application is GRANTED IN PART. Kumo may serve the subpoena, limited to documents sufficient to show what Requests No. 1 and 2 seek. The application is DENIED as to Request No. 3.",
			[]order.Category{order.Content}, []order.Category{order.Names, order.Addresses, order.Emails, order.Phones}},
		{"none denied", "The application is GRANTED. Kumo may serve the proposed subpoena on Example.",
			nil, []order.Category{order.Names, order.Addresses, order.Emails, order.Phones, order.Content}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Read(draft{requests: requests, conclusion: tt.conclusion}.String())
			if len(p.Requested) != 3 {
				t.Errorf("%d requests read, want 3: %+v", len(p.Requested), p.Requested)
			}
			checkScope(t, p.Order, tt.allowed, tt.denied)
		})
	}
	// Each label without "No." and followed by a comma, the standard in
	// the lead-in: "Each asks for "all documents" concerning the account:
	// Request 1, the name ...; Request 2, ...".
	plain := `The proposed subpoena contains three requests. (Doc. 1-4.) Each asks for "all documents" concerning the account:
Request 1, the name, postal address, e-mail address, and telephone number of the customer;
Request 2, the IP addresses, with dates and times, from which the customer logged in from January 1, 2025 to the present; and Request 3, a
copy of the contents of the servers, including files and databases.`
	p := Read(draft{requests: plain, conclusion: "The application is GRANTED IN PART. Kumo may serve on Example a subpoena limited to Requests 1 and 2, each revised to seek documents sufficient to show the information requested. Request 3 is DENIED."}.String())
	if len(p.Requested) != 3 {
		t.Errorf("%d requests read, want 3: %+v", len(p.Requested), p.Requested)
	}
	checkScope(t, p.Order, []order.Category{order.Names, order.Addresses, order.Emails, order.Phones, order.AccessLogs}, []order.Category{order.Content})
}

// TestRedlinedProposedOrder: a court that enters the applicant's proposed
// order as modified, its deletions marked as the order says ("between
// double square brackets, [[like this]]") and its additions between
// braces: only the text as modified is the order's.
func TestRedlinedProposedOrder(t *testing.T) {
	conclusion := `For the reasons stated, the Court GRANTS the application and enters Kumo's proposed order as modified. Text the Court has deleted from the proposed order appears between double square brackets, [[like this]]; text the Court has added appears between double braces, {{like this}}. Only the text as modified is the order of the Court.

ORDERED that:

1. Kumo may serve the subpoena on Example.

2. Within [[thirty (30)]] {{fourteen (14)}} days [[of Example's receipt of]] {{after Example is served with}} the subpoena, Example shall notify the holder of the account.

3. The holder may, within twenty-one (21) days from the date of the notice, file a motion to quash the subpoena.

4. [[Alternatively, within the same twenty-one (21) days,]] {{Alternatively, within fourteen (14) days from the date of the notice,}} the holder may serve on Example a written objection.

5. Example shall advise the Court of any written objection within [[fourteen (14)]] {{ten (10)}} days of receiving it.

6. [[Kumo may use the information for any lawful purpose.]] {{Kumo may use the information only in the action in Japan described in the application.}}`
	p := Read(draft{conclusion: conclusion}.String())
	want := map[order.Act][2]any{
		order.NotifyAccountHolders: {14, order.SubpoenaServed},
		order.MoveToQuash:          {21, order.NoticeGiven},
		order.ObjectInWriting:      {14, order.NoticeGiven},
		order.AdviseCourt:          {10, order.ObjectionReceived},
	}
	for act, w := range want {
		c, ok := conditionOf(p.Order, act)
		if !ok || c.Days != w[0].(int) || c.Trigger != w[1].(order.Trigger) {
			t.Errorf("%s: %+v (found %v), want %d days from %s", act, c, ok, w[0], w[1])
		}
	}
	if u := p.Order.UseRestriction.Text; !strings.Contains(u, "only in the action in Japan") || strings.Contains(u, "any lawful purpose") {
		t.Errorf("use restriction %q, want the added words only", u)
	}
}

// TestMarkdownStrikethrough: a PDF-to-Markdown conversion marks struck
// words ~~like this~~; they are no words of the order.
func TestMarkdownStrikethrough(t *testing.T) {
	p := Read(conclusionWith("Example shall notify the account holder within ~~thirty (30)~~ fourteen (14) days of service of the subpoena. A lone ~ stays.\n\nThe holder may file a motion to quash within 21 days of the notice~~.\n\nExample shall preserve the information sought by the subpoena."))
	if c, ok := conditionOf(p.Order, order.NotifyAccountHolders); !ok || c.Days != 14 {
		t.Errorf("notice %+v (found %v), want 14 days", c, ok)
	}
	if c, ok := conditionOf(p.Order, order.MoveToQuash); !ok || c.Days != 21 {
		t.Errorf("motion %+v (found %v), want 21 days: a mark left open strikes nothing", c, ok)
	}
}

// TestMojibake: a text whose UTF-8 was read as Windows-1252 and written
// out again ("â€œ" for a quotation mark, "Â§" for the section sign, a
// closing mark whose last byte was lost) reads as the order wrote it.
func TestMojibake(t *testing.T) {
	garble := func(s string) string {
		var b strings.Builder
		for _, c := range []byte(s) {
			if c < 0x80 {
				b.WriteByte(c)
				continue
			}
			r := charmap.Windows1252.DecodeByte(c)
			if r == 0x9D {
				// Lost in the round trip: an undefined byte.
				continue
			}
			b.WriteRune(r)
		}
		return b.String()
	}
	text := garble(draft{
		caption:    "UNITED STATES DISTRICT COURT\nDISTRICT OF IDAHO\n\nIN RE APPLICATION OF KUMO SHOJI K.K. FOR AN ORDER UNDER 28 U.S.C. § 1782\n\nCase No. 1:24-mc-00214-ABC\n\nKumo Shoji K.K. (“Kumo”) applies for leave to serve a subpoena on Example Social, Inc. (“Example”).",
		conclusion: "The application is GRANTED as modified.\n\n1. Kumo may serve the subpoena on Example.\n\n2. Within 14 (fourteen) days after Example receives the subpoena, Example shall notify the account holder.\n\n3. The account holder may, within 21 days of the notice, file a motion to quash — or “object” — in this Court.",
	}.String())
	if !strings.Contains(text, "â€œ") || !strings.Contains(text, "Â§") {
		t.Fatalf("the test's text is not garbled: %q", text[:200])
	}
	p := Read(text)
	o := p.Order
	if o.Applicant != "Kumo Shoji K.K." || o.Provider != "Example Social, Inc." || o.Disposition != order.GrantedWithModifications || o.Statute != "28 U.S.C. § 1782" {
		t.Errorf("applicant %q, platform %q, disposition %q, statute %q", o.Applicant, o.Provider, o.Disposition, o.Statute)
	}
	if c, ok := conditionOf(o, order.NotifyAccountHolders); !ok || c.Days != 14 || c.Trigger != order.SubpoenaReceived {
		t.Errorf("notice %+v (found %v), want 14 days from receipt", c, ok)
	}
	if c, ok := conditionOf(o, order.MoveToQuash); !ok || c.Days != 21 {
		t.Errorf("motion %+v (found %v), want 21 days", c, ok)
	}
}

// TestTerseOrder: an order of a page and a half, with no heading and no
// "IT IS ORDERED": its terms are the paragraph that grants the
// application, before "IT IS SO ORDERED"; the platform's name may begin
// with a small letter.
func TestTerseOrder(t *testing.T) {
	text := `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

IN RE APPLICATION OF KUMO SHOJI K.K. FOR AN ORDER UNDER 28 U.S.C. § 1782

Case No. 24-mc-80290-ABC

ORDER GRANTING APPLICATION FOR DISCOVERY UNDER 28 U.S.C. § 1782

Kumo Shoji K.K. applies ex parte for leave to serve a subpoena on eBay Inc. ("eBay") for information identifying the holder of an eBay account. Dkt. No. 1. Its proposed order would have eBay notify the holder within seven (7) days.

The statutory requirements are met, and the discretionary factors favor the application: the subpoena already asks only for documents sufficient to show the account holder's name, addresses and telephone numbers. Dkt. No. 1-3.

The application is GRANTED. Kumo may serve the subpoena attached to the application (Dkt. No. 1-3) on eBay Inc., together with this order. eBay shall notify the account holder within 30 days of receiving the subpoena. The account holder or eBay may move to quash or modify the subpoena within 21 days after the notice is given. If a motion is filed, eBay shall preserve the responsive information and produce none of it until the motion is decided.

IT IS SO ORDERED.

Dated: December 18, 2024

MARY Q. LINDQVIST
United States Magistrate Judge
`
	p := Read(text)
	o := p.Order
	if o.Provider != "eBay Inc." {
		t.Errorf("platform %q, want eBay Inc.", o.Provider)
	}
	if c, ok := conditionOf(o, order.NotifyAccountHolders); !ok || c.Days != 30 || c.Trigger != order.SubpoenaReceived {
		t.Errorf("notice %+v (found %v), want 30 days from receipt, not the proposal's 7", c, ok)
	}
	if c, ok := conditionOf(o, order.MoveToQuash); !ok || c.Days != 21 || c.Trigger != order.NoticeGiven {
		t.Errorf("motion %+v (found %v), want 21 days from the notice", c, ok)
	}
	if c, ok := conditionOf(o, order.PreserveNotDisclose); !ok || c.Scope != order.WholeSubpoena {
		t.Errorf("hold %+v (found %v), want the whole subpoena", c, ok)
	}
}

// TestRunOnConditions: every condition in one run-on sentence, each act
// with its own actor, joined by "and", "or" and "which": each is read
// with its own period and event, the hold over the objector's account,
// and the use restriction its own.
func TestRunOnConditions(t *testing.T) {
	p := Read(conclusionWith("The following conditions apply: within twenty-one days after it is served with this order Example shall notify each account holder by e-mail that his or her identifying information is sought and shall send each a copy of the subpoena and this order, and each account holder, and Example, may file a motion to quash or modify the subpoena within twenty-eight days of the date the notice is sent, or an account holder may instead, within fourteen days of that date, serve a written objection on Example, which Example shall bring to the Court's attention by filing it within seven days after it is received, and if an account holder moves or objects Example shall preserve that holder's information and withhold it until the Court decides the matter, but may produce the other account's information when the time to move or object has expired, and Kumo shall use whatever it receives solely for the action in Japan."))
	o := p.Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 21, order.OrderServed},
		{order.MoveToQuash, 28, order.NoticeGiven},
		{order.ObjectInWriting, 14, order.NoticeGiven},
		{order.AdviseCourt, 7, order.ObjectionReceived},
	})
	if c, ok := conditionOf(o, order.PreserveNotDisclose); !ok || c.Scope != order.ObjectorAccounts {
		t.Errorf("hold %+v (found %v), want over the objector's account", c, ok)
	}
	if o.UseRestriction.Text == "" {
		t.Error("no use restriction read")
	}
}

// TestProposedOrderAdoptedWithChanges: "The Court ADOPTS the proposed
// order, with these changes: First, ... Second, ..." opens the order's
// terms where no heading or "IT IS ORDERED" does: the changes it states
// are its own (a request struck, a use restriction added); what the
// proposed order said, quoted in the discussion, is left to a person.
func TestProposedOrderAdoptedWithChanges(t *testing.T) {
	text := strings.Replace(draft{}.String(), "III. CONCLUSION\n\nThe application is GRANTED.", `The proposed order would require Example to notify the holder "within thirty (30) days of its receipt of the subpoena."

The Court ADOPTS the proposed order, with these changes:

First, the request for device identifiers is STRUCK.

Second, Kumo may use information obtained under the subpoena only in the proceedings in Japan described in the application.

In all other respects the proposed order is adopted as the order of the Court, and the application is GRANTED AS MODIFIED.`, 1)
	p := Read(text)
	o := p.Order
	if o.Disposition != order.GrantedWithModifications || !slices.Contains(o.DeniedCategories, order.DeviceIDs) || o.UseRestriction.Text == "" {
		t.Errorf("disposition %q, denied %v, use restriction %q; want granted with modifications, device identifiers denied, the use restriction", o.Disposition, o.DeniedCategories, o.UseRestriction.Text)
	}
	if c, ok := conditionOf(o, order.NotifyAccountHolders); ok {
		t.Errorf("notice %+v read from the proposed order's words the discussion quotes", c)
	}
}

// TestConditionStatedInTheDiscussion: a term the discussion states and
// calls "a condition of this order" is the order's, though its operative
// part does not repeat it.
func TestConditionStatedInTheDiscussion(t *testing.T) {
	d := draft{
		requests:   cardRequestsForDiscussion,
		discussion: "Request 2 shall not reach any card number, expiration date or security code; the proposed subpoena already says so, and it is a condition of this order.",
		conclusion: "The application is GRANTED. Kumo may serve the proposed subpoena on Example.",
	}
	p := Read(d.String())
	got := slices.Clone(p.Order.ExcludedFields)
	slices.Sort(got)
	want := []order.Field{order.CardNumber, order.CardExpiration, order.CardSecurityCode}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("excluded %v, want %v", got, want)
	}
	d.discussion = "Request 2 need not reach any card number; the Court leaves that to the parties."
	if p := Read(d.String()); len(p.Order.ExcludedFields) != 0 {
		t.Errorf("excluded %v from the discussion's words, which make no condition", p.Order.ExcludedFields)
	}
}

const cardRequestsForDiscussion = `The proposed subpoena asks Example to produce:

1. All documents showing the names and e-mail addresses registered with the ACCOUNT;

2. All documents showing the names and billing addresses of the holder of any credit card registered with the ACCOUNT.

Dkt. No. 1-1.`

// TestRulingsInTheDiscussion: a court may rule on a request where it
// weighs it ("Request 4 is DENIED."), before its operative part restates
// only what it allows. A ruling in the court's own voice there is the
// order's; what the request sought is read where the order says it
// ("Request 4, which seeks ...", "Request 4 seeks ...", "Request 7, for
// ..., is DENIED"), and "Both requests are DENIED" denies the requests the
// paragraph has just named. A description of another ruling, past or
// quoted, is not one.
func TestRulingsInTheDiscussion(t *testing.T) {
	narrowed := "The application is GRANTED IN PART. Kumo may serve on Example a subpoena for documents sufficient to show the account holder's name and e-mail addresses."
	tests := []struct {
		name, requests, discussion, conclusion string
		denied, allowed                        []order.Category
	}{
		{"a request the order describes, then denies", "Kumo asks to serve a subpoena on Example.",
			"The discretionary factors do not favor Request 4, which seeks records of any PayPal account used to pay for the account. Kumo does not say why the holder's name and e-mail addresses will not suffice. Request 4 is DENIED.",
			narrowed, []order.Category{order.OtherPayment}, []order.Category{order.Names, order.Emails}},
		{"two requests described, then both denied", "Kumo asks to serve a subpoena on Example.",
			"But two requests go too far. Request 4 seeks the hardware identifiers of every device used on the account; Request 5 seeks the holder's direct messages. Neither is needed to identify the holder. Both requests are DENIED.",
			narrowed, []order.Category{order.DeviceIDs, order.Content}, []order.Category{order.Names, order.Emails}},
		{"requests described together, the requests denied, one more for its contents", "Kumo asks to serve a subpoena on Example.",
			"Requests 5 and 6 seek the name and billing address of any payment card used for the account and any bank account used to pay for it. The account was free, and the requests are DENIED as unlikely to yield anything. Request 7, for the contents of all messages sent from the account, is also DENIED.",
			narrowed, []order.Category{order.CardHolder, order.OtherPayment, order.Content}, []order.Category{order.Names, order.Emails}},
		{"granted as to some requests and denied as to the others", "",
			"",
			"The application is GRANTED as to Requests 1 and 2, as limited above, and DENIED as to Request 3. Kumo may serve on Example a subpoena conforming to this Order.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"requests described in one sentence, each marked by its number, one denied", "The proposed subpoena seeks all documents identifying the account holders: their names and e-mail addresses (Request 1); the IP addresses of all log-ins to the accounts (Request 2); and the content of all messages the accounts posted (Request 3). Dkt. No. 1-1.",
			"Request 3 is struck: Kumo already has the messages.",
			"The application is GRANTED IN PART. Kumo may serve the proposed subpoena on Example, except Request 3.", []order.Category{order.Content}, []order.Category{order.Names, order.Emails, order.AccessLogs}},
		{"requests allowed by number, one with a gloss in parentheses", "",
			"",
			"The application is GRANTED IN PART. Kumo may serve on Example a subpoena limited to Requests 1 (as modified above) and 2. Request 3 is DENIED.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"the subpoena served with requests removed", "",
			"",
			"The application is GRANTED IN PART and DENIED IN PART. Kumo may serve Example with the proposed subpoena, with requests (3) and (2) removed.", []order.Category{order.AccessLogs, order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones}},
		{"a listed request denied in the discussion", "",
			"Request No. 3 is DENIED: device identifiers are not needed to identify the holder.",
			"The application is GRANTED IN PART. Kumo may serve the proposed subpoena on Example, as limited above.", []order.Category{order.DeviceIDs}, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}},
		{"another court's ruling, past: not this order's", "",
			"In In re Hoshi, No. 23-mc-80111, Request No. 3 was DENIED because the applicant had the holder's e-mail address already; Kumo does not.",
			"The application is GRANTED. Kumo may serve the proposed subpoena on Example.", nil, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs, order.DeviceIDs}},
		{"another court's ruling told in the present tense: not this order's", "",
			"The court in In re Hoshi, No. 23-mc-80111, held that Request No. 3 is DENIED where the applicant already has the holder's e-mail address; Kumo does not.",
			"The application is GRANTED. Kumo may serve the proposed subpoena on Example.", nil, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs, order.DeviceIDs}},
		{"a proposed order quoted: not this order's", "",
			"Example's letter suggests that \"Request No. 3 is DENIED.\" The Court does not agree; device identifiers may help to identify the holder.",
			"The application is GRANTED. Kumo may serve the proposed subpoena on Example.", nil, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs, order.DeviceIDs}},
		{"the requests just named denied, not those allowed before them", "Kumo asks to serve a subpoena on Example.",
			"Requests 1 and 2 seek the names and e-mail addresses of the holder, and are appropriate. Requests 3 and 4, which seek the hardware identifiers of every device used on the account and the holder's direct messages, go too far; the requests are DENIED.",
			narrowed, []order.Category{order.DeviceIDs, order.Content}, []order.Category{order.Names, order.Emails}},
		{"a request denied only when the paragraph's words are the court's own: one of two described together left asked", "Kumo asks to serve a subpoena on Example.",
			"Requests 5 and 6 seek the name and billing address of any payment card used for the account and any bank account used to pay for it. Request 5 is DENIED.",
			narrowed, nil, []order.Category{order.Names, order.Emails}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Read(draft{requests: tt.requests, discussion: tt.discussion, conclusion: tt.conclusion}.String()).Order
			checkScope(t, o, tt.allowed, tt.denied)
		})
	}
}

// TestProposedSubpoenaCitedAndServed: "may serve the proposed subpoena
// (Dkt. 3-1) on Example for all documents showing ...": the subpoena cited
// by its docket entry and served on the platform, its standard kept as
// the court chose; card fields excluded with the reason set off between
// commas; a hold over "the requested information", production withheld.
func TestProposedSubpoenaCitedAndServed(t *testing.T) {
	p := Read(draft{requests: "Kumo asks to serve a subpoena on Example.", conclusion: "The application is GRANTED. Kumo may serve the proposed subpoena (Dkt. 3-1) on Example for all documents showing the names, postal addresses, e-mail addresses and telephone numbers of the account holder; the name and billing address of the holder of any payment card used for the account, excluding, as the applicant itself proposed, the card number, expiration date and security code; and any PayPal account or other non-card payment method used to pay for the account.\n\nExample shall notify the account holder within thirty (30) days of receiving the subpoena. If a motion is filed, Example shall preserve the requested information and withhold production until the motion is decided."}.String())
	o := p.Order
	if len(o.Requests) != 1 || o.Requests[0].Standard != order.AllDocuments {
		t.Fatalf("requests %+v, want one, all documents", o.Requests)
	}
	checkScope(t, o, []order.Category{order.Names, order.Addresses, order.Emails, order.Phones, order.CardHolder, order.OtherPayment}, nil)
	got := slices.Clone(o.ExcludedFields)
	slices.Sort(got)
	if want := []order.Field{order.CardExpiration, order.CardNumber, order.CardSecurityCode}; !slices.Equal(got, want) {
		t.Errorf("excluded %v, want %v", got, want)
	}
	if c, ok := conditionOf(o, order.PreserveNotDisclose); !ok || c.Scope != order.WholeSubpoena {
		t.Errorf("hold %+v (found %v), want the whole subpoena", c, ok)
	}
}

// TestRequestsStatedInAPart: the operative part may allow a subpoena
// "limited as set out in paragraph 4" or "as stated in Part II of this
// opinion", where the discussion says what the subpoena is to seek ("The
// subpoena is therefore modified to call only for documents sufficient to
// show, for each of the three accounts: ..."; "agrees to limit the
// subpoena to documents sufficient to show the following ...", a
// limitation the court accepts). What the discussion says of a
// limitation the court does not make its own is not the order's.
func TestRequestsStatedInAPart(t *testing.T) {
	tests := []struct {
		name, discussion, conclusion string
		allowed                      []order.Category
		excluded                     []order.Field
	}{
		{"a numbered paragraph",
			"\n\n4. The subpoena as proposed is broader than it needs to be. It asks for \"all documents\" relating to the account. The subpoena is therefore modified to call only for documents sufficient to show, for each of the three accounts: the e-mail address and any telephone number associated with the account; and the IP addresses, with dates and times, of log-ins to the account from January 1, 2024 to the date of service of the subpoena.\n\n5. The schedule is set below.",
			"6. Accordingly, the application is GRANTED AS MODIFIED, and Kumo may serve on Example a subpoena limited as set out in paragraph 4, subject to the following conditions:\n\n(a) Within ten (10) days after Example is served with this Order, Example shall notify each user.",
			[]order.Category{order.Emails, order.Phones, order.AccessLogs}, nil},
		{"a part of the opinion, a limitation accepted and a card's fields added",
			"\n\nII. The subpoena\n\nThe subpoena is broader than necessary. The applicant's reply brief agrees to limit the subpoena to documents sufficient to show the following, for each of the nine addresses: the name, postal address, recovery e-mail address and telephone number provided by the user; and, for any account for which a paid subscription was purchased, the name and billing address of the holder of the payment card used. The Court accepts that limitation and adds one of its own: Example need not and shall not produce any card's number, expiry date, or verification code.\n\nIII. The account holders\n\nThe schedule is set by order.",
			"The application is granted. Kumo may serve on Example a subpoena limited as stated in Part II of this opinion. Example shall notify the user of each address within 21 days after service of the subpoena.",
			[]order.Category{order.Names, order.Addresses, order.Emails, order.Phones, order.CardHolder}, []order.Field{order.CardNumber, order.CardExpiration, order.CardSecurityCode}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Read(draft{requests: "Kumo asks to serve a subpoena on Example.", discussion: tt.discussion, conclusion: tt.conclusion}.String()).Order
			if len(o.Requests) != 1 || o.Requests[0].Standard != order.SufficientToShow {
				t.Fatalf("requests %+v, want one, sufficient to show", o.Requests)
			}
			checkScope(t, o, tt.allowed, nil)
			got := slices.Clone(o.ExcludedFields)
			slices.Sort(got)
			want := slices.Clone(tt.excluded)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("excluded %v, want %v", got, want)
			}
		})
	}
	// A memorandum order whose every paragraph follows "IT IS HEREBY
	// ORDERED": the limit in its own paragraph 4 is the order's.
	o := Read(draft{requests: "Kumo asks to serve a subpoena on Example.", conclusion: "IT IS HEREBY ORDERED that the application is GRANTED AS MODIFIED below.\n\n4. The subpoena is therefore modified to call only for documents sufficient to show, for each account: the e-mail address associated with the account; and the IP addresses, with dates and times, of log-ins to the account from January 1, 2024 to the date of service of the subpoena.\n\n5. Kumo may serve on Example a subpoena limited as set out in paragraph 4."}.String()).Order
	if len(o.Requests) != 1 || o.Requests[0].Standard != order.SufficientToShow {
		t.Fatalf("requests %+v, want one, sufficient to show", o.Requests)
	}
	checkScope(t, o, []order.Category{order.Emails, order.AccessLogs}, nil)
	// Declined, and not made the order's: nothing read from it.
	o = Read(draft{requests: "Kumo asks to serve a subpoena on Example.", discussion: "The Court has considered whether to limit the subpoena to documents sufficient to show the names and e-mail addresses of the holder, and declines to do so.", conclusion: "The application is GRANTED. Kumo may serve the proposed subpoena on Example."}.String()).Order
	if len(o.Requests) != 0 {
		t.Errorf("requests %+v read from a limitation the court declined", o.Requests)
	}
}

// TestNarrativeRequestQuotedStandard: "The subpoena asks for "all
// documents" showing ...": the standard in quotation marks, kept as the
// court chose.
func TestNarrativeRequestQuotedStandard(t *testing.T) {
	o := Read(draft{requests: "The subpoena asks for \"all documents\" showing each reviewer's name, e-mail addresses and telephone numbers, and the IP addresses, with dates and times, of every log-in to each account from March 1, 2024 to the date of the subpoena. (Dkt. 1-1, Ex. A.)", conclusion: "I grant the application. Kumo may serve Example with the subpoena attached to its application as Exhibit A."}.String()).Order
	if len(o.Requests) != 1 || o.Requests[0].Standard != order.AllDocuments {
		t.Fatalf("requests %+v, want one, all documents", o.Requests)
	}
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, nil)
}

// TestStepsOfAProcedure: an order may set its procedure out as steps the
// parties "shall follow in order", each in the present tense ("Step 2:
// Within ten (10) days after service of the subpoena, Example notifies
// the account holder ..."): each step is directed, as a clause after
// "ORDERED that" is.
func TestStepsOfAProcedure(t *testing.T) {
	o := Read(conclusionWith(`The following steps shall be followed in order:

Step 1: Kumo serves the subpoena on Example, together with a copy of this Order.

Step 2: Within ten (10) days after service of the subpoena, Example notifies the account holder that the subpoena has been served.

Step 3: The account holder may file a motion to quash or modify the subpoena within twenty-eight (28) days from the date of the notice. In the alternative, the account holder may, within fourteen (14) days from the date of the notice, send Example a written objection.

Step 4: If Example receives a written objection, it files the objection on the docket of this case within seven (7) days after receiving it.

Step 5: While any motion or objection under Step 3 is pending, Example preserves all information responsive to the subpoena and produces none of it until the Court has ruled.`)).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 10, order.SubpoenaServed},
		{order.MoveToQuash, 28, order.NoticeGiven},
		{order.ObjectInWriting, 14, order.NoticeGiven},
		{order.AdviseCourt, 7, order.ObjectionReceived},
	})
	if c, ok := conditionOf(o, order.PreserveNotDisclose); !ok || c.Scope != order.WholeSubpoena {
		t.Errorf("hold %+v (found %v), want the whole subpoena", c, ok)
	}
	// The same words in the discussion, or a step that only tells, are no
	// condition: "Example notifies its users of subpoenas as a matter of
	// policy" directs nothing.
	o = Read(draft{discussion: "Example notifies its users of subpoenas within ten (10) days after service as a matter of policy.", conclusion: "The application is GRANTED. Kumo may serve the proposed subpoena on Example."}.String()).Order
	if c, ok := conditionOf(o, order.NotifyAccountHolders); ok {
		t.Errorf("notice %+v read from a platform's policy", c)
	}
}

// TestReportAttachedAfterTheOrder: a district judge's order adopting a
// magistrate judge's report and recommendation, the report attached after
// the order's signature. The report's recommended terms are the order's,
// as the order changes them; what the report's discussion says the
// applicant proposed is not; and the order's terms begin at its own
// "Accordingly", though the report after it makes that the text's first
// half.
func TestReportAttachedAfterTheOrder(t *testing.T) {
	text := `UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF NEW YORK

In re Application of KUMO SHOJI K.K.          24-MC-1174 (ABC) (DEF)

MEMORANDUM AND ORDER ADOPTING REPORT AND RECOMMENDATION

ALMA B. CORDERO, United States District Judge:

Kumo Shoji K.K. ("Kumo") applied ex parte for leave to serve a subpoena on Example Social, Inc. ("Example"). The Court referred the application to Magistrate Judge Dana E. Fielding, who recommended that it be granted. The R&R is attached. No objection was filed.

The Court finds no clear error in the R&R, with one modification. The R&R would give each account holder twenty-one (21) days after notice to move to quash. The holders may be abroad. That period is extended to thirty (30) days after the notice.

Accordingly, the R&R is ADOPTED as modified above, and the application is GRANTED. Kumo may serve on Example the subpoena described in the R&R, and the conditions set out in Part IV of the R&R shall govern, except that the time to move to quash or modify shall be thirty (30) days after the notice.

SO ORDERED.

/s/ Alma B. Cordero
ALMA B. CORDERO
United States District Judge

Dated: Brooklyn, New York
       June 3, 2024

================================================================================

UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF NEW YORK

In re Application of KUMO SHOJI K.K.          REPORT AND RECOMMENDATION
                                              24-MC-1174 (ABC) (DEF)

DANA E. FIELDING, United States Magistrate Judge:

I recommend that the application be granted.

I.   BACKGROUND

Kumo intends to sue the holder of an Example account in Tokyo for defamation.

II.  DISCUSSION

The statute is satisfied and the Intel factors favor discovery. Kumo's proposed order would require Example to notify the holder within seven (7) days of service of the order. Seven days is not enough.

III. RECOMMENDATION

I respectfully recommend that the application be GRANTED, and that Kumo be permitted to serve on Example a subpoena for documents sufficient to show the names and e-mail addresses of the account holder, on the following conditions:

     1.   Example shall, within fourteen (14) days of receipt of the subpoena, notify the account holder.

     2.   The account holder may, within twenty-one (21) days after the notice, move in this Court to quash or modify the subpoena.

     3.   Example shall preserve the responsive information and shall not produce it while a motion is pending.

     4.   Kumo shall use the information produced only in the Tokyo action.

     Any objection to this Report and Recommendation must be filed within fourteen (14) days of service. Fed. R. Civ. P. 72(b)(2).

SO RECOMMENDED.

/s/ Dana E. Fielding
DANA E. FIELDING
United States Magistrate Judge
`
	p := Read(text)
	o := p.Order
	if o.Judge != "Alma B. Cordero" {
		t.Errorf("judge %q, want the district judge who signed the order", o.Judge)
	}
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 14, order.SubpoenaReceived},
		{order.MoveToQuash, 30, order.NoticeGiven},
	})
	if _, ok := conditionOf(o, order.ObjectInWriting); ok {
		t.Error("an objection to the report under Rule 72 read as a written objection to the platform")
	}
	if c, ok := conditionOf(o, order.PreserveNotDisclose); !ok || c.Scope != order.WholeSubpoena {
		t.Errorf("hold %+v (found %v), want the whole subpoena", c, ok)
	}
	if o.UseRestriction.Text == "" {
		t.Error("no use restriction read")
	}
}

// TestAllDocumentsAuthorized: requests listed with no standard of their
// own ("Kumo asks for: (1) the names ...") take the one the operative
// part authorizes: "a subpoena for all documents in Example's possession,
// custody or control that show ...".
func TestAllDocumentsAuthorized(t *testing.T) {
	o := Read(draft{requests: "The categories. Kumo asks for: (1) the names, e-mail addresses and telephone numbers registered with the account; (2) the IP addresses of each log-in to the account; and (3) the device identifiers of every device used to access it.",
		conclusion: "The application is GRANTED IN PART.\n\n1. The application is DENIED as to Request 3.\n\n2. Kumo may serve on Example a subpoena for all documents in Example's possession, custody or control that show, for the account: the names, e-mail addresses and telephone numbers registered with it; and the IP addresses of each log-in from January 1, 2024 through the date of production."}.String()).Order
	if len(o.Requests) != 2 {
		t.Fatalf("requests %+v, want two", o.Requests)
	}
	for _, r := range o.Requests {
		if r.Standard != order.AllDocuments {
			t.Errorf("request %d: standard %q, want all documents", r.Number, r.Standard)
		}
	}
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, []order.Category{order.DeviceIDs})
}

// TestProvisionsOfThisOrder: an opinion may state its protective terms in
// its discussion and grant the application "subject to the notice,
// objection, preservation and use provisions of this Memorandum and
// Order": those provisions, the court's own directions in the discussion,
// are the order's terms; what a party asked for there is not.
func TestProvisionsOfThisOrder(t *testing.T) {
	d := draft{
		requests: "Kumo asks to serve a subpoena on Example.",
		discussion: `The Court next addresses the rights of the account holder, who has not been heard. Under its published guidelines, Example shall notify a user within seven (7) days of receiving civil process.

Example shall give the account holder notice of the subpoena within twenty-one (21) days after Example receives it.

Kumo asks that the account holder be given only fourteen days after notice to respond. There is time to give the account holder a fair opportunity to retain counsel.

The account holder may, within thirty (30) days after the notice, move in this Court to quash or modify the subpoena, or may, within the same thirty days, object to the subpoena in writing to Example. If Example receives a written objection, it shall inform the Court in writing within ten (10) days after receiving it.

While any such motion or objection is pending, Example shall preserve the subpoenaed information and shall not produce any of it.

Whatever Example produces may be used by Kumo, and disclosed by it, only in connection with the defamation action in Tokyo.`,
		conclusion: "The application is GRANTED. Kumo may serve on Example the proposed subpoena, subject to\nthe notice, objection, preservation and use provisions of this Memorandum and Order.",
	}
	o := Read(d.String()).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 21, order.SubpoenaReceived},
		{order.MoveToQuash, 30, order.NoticeGiven},
		{order.ObjectInWriting, 30, order.NoticeGiven},
		{order.AdviseCourt, 10, order.ObjectionReceived},
	})
	if c, ok := conditionOf(o, order.PreserveNotDisclose); !ok || c.Scope != order.WholeSubpoena {
		t.Errorf("hold %+v (found %v), want the whole subpoena", c, ok)
	}
	if o.UseRestriction.Text == "" {
		t.Error("no use restriction read")
	}
	// Without the reference, an operative part that states no condition
	// of its own still leaves the court's directions where it gave them,
	// in its own voice: the same terms, and still not the platform's
	// guidelines.
	d.conclusion = "The application is GRANTED. Kumo may serve on Example the proposed subpoena."
	if c, _ := conditionOf(Read(d.String()).Order, order.NotifyAccountHolders); c.Days != 21 || c.Trigger != order.SubpoenaReceived {
		t.Errorf("notice %+v, want the court's 21 days after receipt", c)
	}
	// With a condition of its own, the operative part states the order's
	// conditions: the discussion's are not read.
	d.conclusion = "The application is GRANTED. Kumo may serve on Example the proposed subpoena. The account holder may move to quash within fourteen (14) days after the notice."
	if c, ok := conditionOf(Read(d.String()).Order, order.NotifyAccountHolders); ok {
		t.Errorf("notice %+v read from a discussion the order does not make its own", c)
	}
}

// TestLabelledChanges: a proposed order adopted with the judge's changes
// marked in labelled brackets, "[struck: ...]" and "[modified: ...]", the
// struck words holding brackets of their own ("[struck: [PROPOSED]]"):
// only the text as modified is the order's.
func TestLabelledChanges(t *testing.T) {
	conclusion := `[struck: [PROPOSED]] ORDER GRANTING EX PARTE APPLICATION [modified: AS MODIFIED BY THE COURT]

The Court adopts the proposed order with the changes written on it by hand: words struck out are shown as [struck: ...]; words the Court wrote in are shown as [modified: ...].

IT IS HEREBY ORDERED THAT:

1. The Application is GRANTED [modified: as modified by this Order].

2. Within [struck: thirty (30) days of Example's receipt of] [modified: fourteen (14) days after Example is served with] the subpoena, Example shall notify the holder of the account.

3. The holder shall have [struck: fourteen (14)] [modified: twenty-eight (28)] days from the date of the notice to file any motion to quash or modify the subpoena.

4. [modified: Kumo shall use the information produced solely for the action in Japan.]`
	// The same changes described as a scan renders them: "[Text struck
	// through by hand: ...]", "[Handwritten above: ...]".
	described := strings.NewReplacer("[struck: ", "[Text struck through by hand: ", "[modified: ", "[Handwritten above: ").Replace(conclusion) + "\n\n5. [Text struck through by hand: In the alternative, the holder may, within the same twenty-eight (28) days, send Example a written objection.] [Handwritten in margin: Any challenge must be made by motion. MQL]"
	for _, c := range []string{conclusion, described} {
		checkLabelledChanges(t, c)
	}
	if ob, ok := conditionOf(Read(draft{conclusion: described}.String()).Order, order.ObjectInWriting); ok {
		t.Errorf("a struck objection route read: %+v", ob)
	}
}

func checkLabelledChanges(t *testing.T, conclusion string) {
	t.Helper()
	p := Read(draft{conclusion: conclusion}.String())
	want := map[order.Act][2]any{
		order.NotifyAccountHolders: {14, order.SubpoenaServed},
		order.MoveToQuash:          {28, order.NoticeGiven},
	}
	for act, w := range want {
		c, ok := conditionOf(p.Order, act)
		if !ok || c.Days != w[0].(int) || c.Trigger != w[1].(order.Trigger) {
			t.Errorf("%s: %+v (found %v), want %d days from %s", act, c, ok, w[0], w[1])
		}
	}
	if p.Order.UseRestriction.Text == "" {
		t.Error("the use restriction the Court wrote in was not read")
	}
}

// TestNarrativeRequestAllDocumentsShowing: "which seeks all documents
// showing, for each of the three accounts: (i) ...": a comma after
// "showing", the court keeping the standard the subpoena asks for.
func TestNarrativeRequestAllDocumentsShowing(t *testing.T) {
	o := Read(draft{requests: "Kumo asks to serve a subpoena on Example.", conclusion: "IT IS ORDERED that the application (Dkt. No. 1) is GRANTED.\n\nIT IS FURTHER ORDERED that Kumo may serve on Example a subpoena in the form of Exhibit 1 to the Declaration of Marguerite Osei (Dkt. No. 1-4), which seeks all documents showing, for each of the three accounts: (i) the email addresses associated with the account; (ii) the telephone numbers associated with the account; and (iii) the IP addresses and timestamps of each log-in to the account from March 1, 2024, to the present."}.String()).Order
	if len(o.Requests) != 1 || o.Requests[0].Standard != order.AllDocuments {
		t.Fatalf("requests %+v, want one, all documents", o.Requests)
	}
	checkScope(t, o, []order.Category{order.Emails, order.Phones, order.AccessLogs}, nil)
	o = Read(draft{requests: "Kumo asks to serve a subpoena on Example.", conclusion: "For the foregoing reasons, IT IS ORDERED:\n\n(a) The application is GRANTED. Kumo may serve on Example the subpoena attached to her application as Exhibit C (Dkt. No. 1-5), which seeks all documents containing the following information for the account: the name of the account holder; the mailing address; and the email addresses."}.String()).Order
	if len(o.Requests) != 1 || o.Requests[0].Standard != order.AllDocuments {
		t.Fatalf("requests %+v, want one, all documents containing", o.Requests)
	}
	checkScope(t, o, []order.Category{order.Names, order.Addresses, order.Emails}, nil)
}

// TestSubpoenaConfinedTo: "The subpoena is confined to information that
// would identify the two users: all documents showing ...".
func TestSubpoenaConfinedTo(t *testing.T) {
	o := Read(draft{requests: "The subpoena is confined to information that would identify the two users: all documents showing each account's e-mail addresses and phone numbers; and the log-in IP addresses and their timestamps for each account between March 1 and April 15, 2024. Dkt. No. 1-4, Ex. A. It does not ask for any message content.", conclusion: "Accordingly, the application is GRANTED, and Kumo may serve on Example the subpoena it lodged as Exhibit A."}.String()).Order
	if len(o.Requests) != 1 || o.Requests[0].Standard != order.AllDocuments {
		t.Fatalf("requests %+v, want one, all documents", o.Requests)
	}
	checkScope(t, o, []order.Category{order.Emails, order.Phones, order.AccessLogs}, nil)
}

// TestRequestsDescribedByNumber: a discussion that says what the
// numbered requests ask for in prose ("Requests 1 through 3 ask for ...
// Request 4 asks for ... Request 5 ... seeks ...") and an operative part
// that allows some by number and denies the rest.
func TestRequestsDescribedByNumber(t *testing.T) {
	d := draft{
		requests:   "Kumo's proposed subpoena contains five requests. Requests 1 through 3 ask for the e-mail addresses and telephone numbers associated with the two accounts, and the IP addresses, with timestamps, of log-ins from January 1, 2024 to the present. Request 4 asks for the name and billing address of the holder of any payment card used for either account.",
		discussion: "Request 5 is a different matter. It seeks records of purchases made through PayPal. Request 5 adds burden without much prospect of identifying anyone.",
		conclusion: "Accordingly, the application is GRANTED IN PART, and IT IS ORDERED:\n\n(A) Kumo may serve on Example a subpoena limited to Requests 1, 2, 3 and 4 of Exhibit A to the application, each of which shall call only for documents sufficient to show the information it describes. Request 4 shall reach the cardholder's name and billing address but not the card number or the expiration date. Request 5 is DENIED and shall be omitted from the subpoena as served.",
	}
	o := Read(d.String()).Order
	for _, r := range o.Requests {
		if r.Standard != order.SufficientToShow {
			t.Errorf("request %d: standard %q, want sufficient to show", r.Number, r.Standard)
		}
	}
	checkScope(t, o, []order.Category{order.Emails, order.Phones, order.AccessLogs, order.CardHolder}, []order.Category{order.OtherPayment})
	got := slices.Clone(o.ExcludedFields)
	slices.Sort(got)
	if want := []order.Field{order.CardExpiration, order.CardNumber}; !slices.Equal(got, want) {
		t.Errorf("excluded %v, want %v", got, want)
	}
	// A request of another case's subpoena, described in the discussion,
	// is none of this subpoena's when the operative part names no request.
	d = draft{
		requests:   "Kumo asks to serve a subpoena on Example.",
		discussion: "In In re Hoshi, the applicant's Request 4 asks for the device identifiers of every phone used on the account, and the court there struck it.",
		conclusion: "The application is GRANTED. Kumo may serve the proposed subpoena on Example.",
	}
	if o := Read(d.String()).Order; len(o.Requests) != 0 {
		t.Errorf("requests %+v read from another case's subpoena", o.Requests)
	}
}

// TestRulingsTable: a court may rule on the proposed requests in a table,
// a row for each request and a column for its ruling ("GRANTED", "DENIED",
// "GRANTED, but not the card number ..."). The rows may run on with no
// rule or blank line between them, each beginning with its request's
// number, and a header may name a column in several words ("Information
// sought (as proposed)"). Where the table stands in the discussion, the
// operative part makes it the order's by granting "as set out above";
// the directions the court gives there in its own voice are then the
// order's terms too.
func TestRulingsTable(t *testing.T) {
	packed := `The Court rules on each request as follows:

   Request                                           | Ruling
   --------------------------------------------------|------------------------------
   1. Names and e-mail addresses of the holder       | GRANTED
   2. Name of the holder of any payment card used    | GRANTED, but not the card
      to pay for the account                         | number or its expiry date
   3. IP addresses of each log-in, with times        | GRANTED
   4. Identifiers of each device used on it          | DENIED

Identifiers of devices would add nothing to the log-in records. Example shall notify the account holder within fourteen (14) days after it is served with the subpoena. The holder may move to quash or modify the subpoena within twenty-one (21) days after the notice is sent. Example shall produce nothing while such a motion is pending.`
	spaced := `The Court rules on each request as follows.

  Request  Information sought (as proposed)          Ruling
  -------  ----------------------------------------  ------------------------------
  No. 1    All documents showing the names and       GRANTED, limited to documents
           e-mail addresses of the holder.           sufficient to show them.

  No. 2    All documents showing the name of the     GRANTED, limited to documents
           holder of any payment card used to pay    sufficient to show the name.
           for the account.                          The card number and security
                                                     code shall not be produced.

  No. 3    All documents showing the IP addresses    GRANTED, limited to documents
           of each log-in to the account.            sufficient to show them.

  No. 4    All documents showing the identifiers     DENIED.
           of each device used on the account.

Identifiers of devices would add nothing to the log-in records.`
	borderless := `The Court rules on each request as follows.

 Request   Information sought        Ruling
 No. 1     The names and e-mail      GRANTED.
           addresses of the holder

 No. 2     The name of the holder    GRANTED IN PART. The card
           of any payment card       number and its expiry date
           used to pay for the       shall not be produced.
           account

 No. 3     The IP addresses of each  GRANTED.
           log-in to the account

 No. 4     The identifiers of each   DENIED.
           device used on it

Identifiers of devices would add nothing to the log-in records.`
	abbreviated := strings.NewReplacer("Request                                           | Ruling", "Req.   Subject of request                           Ruling", "--------------------------------------------------|------------------------------", "====   ==========================================   ==============================", "|", " ").Replace(packed)
	// Each request's number alone in its own column.
	bare := strings.NewReplacer("   1. ", "   1      ", "   2. ", "   2      ", "   3. ", "   3      ", "   4. ", "   4      ", "      to pay", "         to pay").Replace(abbreviated)
	onlyPart := strings.NewReplacer("2. Name of the holder of any payment card used    | GRANTED, but not the card", "2. Payment information for the account            | ALLOWED IN PART: only the", "      to pay for the account                         | number or its expiry date", "                                                     | name and billing address of\n                                                     | the card holder; not the card\n                                                     | number or its expiry date").Replace(packed)
	boxed := `The Court rules on each request as follows.

  +-----+-----------------------------------------------+--------------------------------------+
  | No. | Request in Schedule A (Dkt. No. 1-3)          | Ruling                               |
  +-----+-----------------------------------------------+--------------------------------------+
  |  1  | All documents showing the names and e-mail    | GRANTED AS LIMITED to documents      |
  |     | addresses of the holder.                      | sufficient to show them.             |
  +-----+-----------------------------------------------+--------------------------------------+
  |  2  | All documents showing the name of the holder  | GRANTED AS LIMITED to documents      |
  |     | of any payment card used to pay for the       | sufficient to show the name. Example |
  |     | account.                                      | shall NOT produce the card number or |
  |     |                                               | the expiration date.                 |
  +-----+-----------------------------------------------+--------------------------------------+
  |  3  | All documents showing the IP addresses of     | GRANTED AS LIMITED to documents      |
  |     | each log-in to the account.                   | sufficient to show them.             |
  +-----+-----------------------------------------------+--------------------------------------+
  |  4  | All documents showing the identifiers of each | DENIED.                              |
  |     | device used on the account.                   |                                      |
  +-----+-----------------------------------------------+--------------------------------------+`
	tests := []struct {
		name, discussion, conclusion string
		standard                     order.Standard
		excluded                     []order.Field
	}{
		{"a request allowed only in part, for what its ruling names", onlyPart,
			"The application is GRANTED IN PART and DENIED IN PART as set out above.", "", []order.Field{order.CardNumber, order.CardExpiration}},
		{"each number alone in its column", bare,
			"The application is GRANTED IN PART and DENIED IN PART as set out above.", "", []order.Field{order.CardNumber, order.CardExpiration}},
		{"its header abbreviated, ruled with equals signs", abbreviated,
			"The application is GRANTED IN PART and DENIED IN PART as set out above.", "", []order.Field{order.CardNumber, order.CardExpiration}},
		{"in the discussion, no rules, granted as set out above", borderless + " Example shall notify the account holder within fourteen (14) days after it is served with the subpoena. The holder may move to quash or modify the subpoena within twenty-one (21) days after the notice is sent.",
			"The application is GRANTED IN PART and DENIED IN PART as set out above.", "", []order.Field{order.CardNumber, order.CardExpiration}},
		{"in the discussion, rows run on, granted as set out above", packed,
			"The application is GRANTED IN PART and DENIED IN PART as set out above.", "", []order.Field{order.CardNumber, order.CardExpiration}},
		{"incorporated, boxed, each granted request limited in words that name no category", boxed,
			"The application is GRANTED IN PART and DENIED IN PART, as stated in the table above, which is incorporated in this Order. Each granted request is limited to documents sufficient to show the information described. Example shall notify the account holder within fourteen (14) days after it is served with the subpoena. The holder may move to quash or modify the subpoena within twenty-one (21) days after the notice is sent.",
			order.SufficientToShow, []order.Field{order.CardNumber, order.CardExpiration}},
		{"in the discussion, rows apart, the requests as modified there", spaced,
			"The application is GRANTED IN PART. Kumo may serve on Example a subpoena limited to Requests 1, 2 and 3 as modified in Part II above. Example shall notify the account holder within fourteen (14) days after it is served with the subpoena. The holder may move to quash or modify the subpoena within twenty-one (21) days after the notice is sent.",
			order.SufficientToShow, []order.Field{order.CardNumber, order.CardSecurityCode}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Read(draft{requests: "Kumo's proposed subpoena makes four requests of Example.", discussion: tt.discussion, conclusion: tt.conclusion}.String()).Order
			checkScope(t, o, []order.Category{order.Names, order.Emails, order.CardHolder, order.AccessLogs}, []order.Category{order.DeviceIDs})
			got, want := slices.Clone(o.ExcludedFields), slices.Clone(tt.excluded)
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("excluded %v, want %v", got, want)
			}
			if tt.standard != "" {
				for _, rq := range o.Requests {
					if rq.Standard != tt.standard {
						t.Errorf("request %d standard %q, want %q", rq.Number, rq.Standard, tt.standard)
					}
				}
			}
			n, okN := conditionOf(o, order.NotifyAccountHolders)
			m, okM := conditionOf(o, order.MoveToQuash)
			if !okN || n.Days != 14 || n.Trigger != order.SubpoenaServed || !okM || m.Days != 21 {
				t.Errorf("notice %+v, motion %+v: want 14 days after service, 21 after the notice", n, m)
			}
		})
	}
}

// TestDefinedPeriods: an order drafted by lawyers defines its periods
// ("\"Response Period\" means the twenty-one (21) days following the
// Notice Date", or "(the \"Response Period\")" after the period it names)
// and its numbered terms run "within the Response Period" or "within the
// period in Paragraph 3". The period is the definition's, from the event
// it names (a defined date's own event). A period referred to by a
// paragraph that states none is left to a person, never taken from the
// period read last.
func TestDefinedPeriods(t *testing.T) {
	defs := `IT IS HEREBY ORDERED THAT:

1. Definitions. As used in this Order, "Notice Date" means the date on which Example sends the notice described in Paragraph 2, and "Response Period" means the twenty-one (21) days following the Notice Date.

2. Within fourteen (14) days of service of the Subpoena, Example shall notify each account holder of the Subpoena by e-mail.

3. Each account holder may, %s, file a motion to quash or modify the Subpoena in this Court.

4. In lieu of a motion under Paragraph 3, an account holder may, within the period in Paragraph 3, serve a written objection on Example.

5. Example shall advise the Court of any objection within ten (10) days of receiving it.`
	inline := `IT IS HEREBY ORDERED THAT:

1. Within fourteen (14) days of service of the Subpoena, Example shall notify each account holder of the Subpoena by e-mail.

2. Each account holder may, within twenty-one (21) days after the date of that notice (the "Response Period"), file a motion to quash or modify the Subpoena in this Court.

3. Example shall produce nothing before the Response Period has run. An account holder may, within the Response Period, serve a written objection on Example instead.`
	tests := []struct {
		name, conclusion  string
		motion, objection int
	}{
		{"defined with means, and a paragraph's period", fmt.Sprintf(defs, "within the Response Period"), 21, 21},
		{"defined after the period it names", inline, 21, 21},
		{"a paragraph that states no period", fmt.Sprintf(defs, "promptly"), 0, 0},
		{"the period allowed by a paragraph", strings.Replace(fmt.Sprintf(defs, "within thirty (30) days after the Notice Date"), "within the period in Paragraph 3", "within the period allowed by paragraph 3", 1), 30, 30},
		{"the period allowed by a paragraph that states none", strings.Replace(fmt.Sprintf(defs, "promptly"), "within the period in Paragraph 3", "within the period\nallowed by paragraph 3", 1), 0, 0},
		{"a sentence that opens with the period's name", strings.Replace(fmt.Sprintf(defs, "within the Response Period"), "3. Each account holder may, within the Response Period, file", "3. Within the Response Period, each account holder may file", 1), 21, 21},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Read(draft{conclusion: "The application is GRANTED. Kumo may serve the proposed subpoena on Example.\n\n" + tt.conclusion}.String()).Order
			n, _ := conditionOf(o, order.NotifyAccountHolders)
			if n.Days != 14 || n.Trigger != order.SubpoenaServed {
				t.Errorf("notice %+v, want 14 days after service", n)
			}
			m, _ := conditionOf(o, order.MoveToQuash)
			if m.Days != tt.motion || tt.motion > 0 && m.Trigger != order.NoticeGiven {
				t.Errorf("motion %d days after %q, want %d after the notice", m.Days, m.Trigger, tt.motion)
			}
			ob, _ := conditionOf(o, order.ObjectInWriting)
			if ob.Days != tt.objection {
				t.Errorf("objection %d days, want %d", ob.Days, tt.objection)
			}
		})
	}
}

// TestParagraphPeriodOfTheHolder: "within the period stated in paragraph
// 2", said of what an account holder may do, is the holder's period in
// that paragraph (its time to move), not the platform's time to give
// notice stated before it; and where the court substitutes its own
// paragraph 2 for a proposed order's, the reference is to the court's.
func TestParagraphPeriodOfTheHolder(t *testing.T) {
	own := `IT IS HEREBY ORDERED THAT:

1. Kumo may serve the proposed subpoena on Example.

2. Example shall, within seven (7) days of receipt of the subpoena, notify each account holder that the subpoena has been served. Each account holder shall have twenty-one (21) days from the date of the notice to file a motion to quash or modify the subpoena.

3. Within the period stated in paragraph 2, an account holder may, instead of filing a motion, send Example a written objection to the subpoena. Example shall notify the Court of any such objection within seven (7) days of receiving it.`
	substituted := `IT IS HEREBY ORDERED that the application is GRANTED, as follows:

1. Paragraphs 1, 3 and 4 of the Proposed Order are ADOPTED and are entered as the Order of the Court.

2. Paragraph 2 of the Proposed Order is NOT ADOPTED. The following is substituted for it and is entered as the Order of the Court:

     "2. Example shall, within fourteen (14) days of service of the subpoena upon it, notify each account holder that the subpoena has been served. Each account holder shall have twenty-one (21) days from the date of the notice to file a motion in this Court to quash or modify the subpoena."

3. The Clerk shall docket the Proposed Order as an attachment to this Order.

                                        /s/ Alice B. Carter
                                        United States Magistrate Judge

[PROPOSED] ORDER

1. Kumo may serve on Example the subpoena attached to the application.

2. Example shall, within seven (7) days of receipt of the subpoena, notify each account holder that the subpoena has been served. Each account holder shall have fourteen (14) days from the date of the notice to file a motion to quash or modify the subpoena.

3. Within the period stated in paragraph 2, an account holder may, instead of filing a motion, send Example a written objection to the subpoena. Example shall notify the Court of any such objection within seven (7) days of receiving it.

4. Kumo shall use the information it obtains solely in the proceedings in Japan.

Dated: ____________`
	tests := []struct {
		name, conclusion string
		notice, motion   int
	}{
		{"the paragraph's second period is the holder's", own, 7, 21},
		{"the court's paragraph in place of the proposed order's", substituted, 14, 21},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Read(draft{conclusion: tt.conclusion}.String()).Order
			n, _ := conditionOf(o, order.NotifyAccountHolders)
			m, _ := conditionOf(o, order.MoveToQuash)
			ob, _ := conditionOf(o, order.ObjectInWriting)
			if n.Days != tt.notice || m.Days != tt.motion {
				t.Errorf("notice %d, motion %d days; want %d, %d", n.Days, m.Days, tt.notice, tt.motion)
			}
			if ob.Days != tt.motion {
				t.Errorf("objection %d days, want the holder's %d", ob.Days, tt.motion)
			}
		})
	}
}

// TestSentenceEndsAfterACompanysName: a sentence that ends with the
// platform's name ("... service of the Court's order on Example Social,
// Inc. Each account holder will have ...") ends there: its period is the
// name's and the sentence's, and the next sentence's period is its own.
// "Example Social, Inc. (\"Example\")" goes on.
func TestSentenceEndsAfterACompanysName(t *testing.T) {
	o := Read(draft{conclusion: "The application is GRANTED. Kumo may serve the proposed subpoena on Example Social, Inc. (\"Example\"). Example shall notify each account holder of the subpoena within 21 days of service of the Court's order on Example Social, Inc. Each account holder will have 30 days from that notice to file a motion to quash or modify in this Court, or, within those same 30 days, to deliver a written objection to Example, which must then file a notice of the objection on this docket within 14 days of receiving it."}.String()).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 21, order.OrderServed},
		{order.MoveToQuash, 30, order.NoticeGiven},
		{order.ObjectInWriting, 30, order.NoticeGiven},
		{order.AdviseCourt, 14, order.ObjectionReceived},
	})
	// The company's name again after its own: "... on X Corp. X Corp.
	// shall inform the Court ...".
	o = Read(draft{conclusion: "The application is GRANTED. Kumo may serve the proposed subpoena on X Corp.\n\n4. Instead of filing a motion, the account holder may, within twenty-one (21) days after the date of the notice, serve a written objection on X Corp. X Corp. shall inform the Court of any objection it receives within fourteen (14) days of receiving it."}.String()).Order
	checkPeriods(t, o, []periodWant{{order.ObjectInWriting, 21, order.NoticeGiven}, {order.AdviseCourt, 14, order.ObjectionReceived}})
}

// TestGrantedAsSetOutAbove: "GRANTED IN PART ... as set out above" makes
// the directions the court gave above in its own voice the order's terms;
// not another court's, nor what a party proposed.
func TestGrantedAsSetOutAbove(t *testing.T) {
	conclusion := "The application is GRANTED IN PART and DENIED IN PART as set out above."
	tests := []struct {
		name, discussion string
		notice           int
	}{
		{"the court's own direction", "Example shall notify the account holder within fourteen (14) days after it is served with the subpoena.", 14},
		{"another court's direction and then the court's", "In In re Hoshi, No. 23-mc-80111, the court directed that Google shall notify each holder within seven (7) days of service of the subpoena. The Court sees no reason to hurry. Example shall notify the account holder within fourteen (14) days after it is served with the subpoena.", 14},
		{"only another court's direction", "In In re Hoshi, No. 23-mc-80111, the court directed that Google shall notify each holder within seven (7) days of service of the subpoena.", 0},
		{"only the applicant's proposal", "Kumo proposes that Example shall notify the account holder within seven (7) days of service of the subpoena.", 0},
		{"the proposal's 'would', then the court's 'would rather'", "Kumo's proposed order would give Example seven (7) days of service of the subpoena to notify the holder. The Court will not adopt it. Example shall notify the account holder, by post if it would rather, within fourteen (14) days after it is served with the subpoena.", 14},
	}
	// An operative part that grants and states no condition of its own
	// leaves them where the court stated them, above.
	for _, conclusion := range []string{conclusion, "The application is GRANTED on the terms set out in Part III above.", "Accordingly, the application is GRANTED. Kumo may serve the subpoena, with this order."} {
		for _, tt := range tests {
			t.Run(conclusion[20:40]+"/"+tt.name, func(t *testing.T) {
				o := Read(draft{discussion: tt.discussion, conclusion: conclusion}.String()).Order
				n, _ := conditionOf(o, order.NotifyAccountHolders)
				if n.Days != tt.notice {
					t.Errorf("notice %d days, want %d", n.Days, tt.notice)
				}
			})
		}
	}
}

// TestDefinedPeriodOfAProposal: a period the applicant's proposed order
// defines, described in the discussion, is not the one the order's own
// definitions give.
func TestDefinedPeriodOfAProposal(t *testing.T) {
	discussion := `Kumo's proposed order provided that "Response Period" means the thirty (30) days following the Notice Date. The Court shortens it.`
	conclusion := `The application is GRANTED. IT IS HEREBY ORDERED THAT:

1. Definitions. "Notice Date" means the date on which Example sends the notice in Paragraph 2. "Response Period" means the twenty-one (21) days following the Notice Date.

2. Within fourteen (14) days of service of the Subpoena, Example shall notify each account holder of the Subpoena by e-mail.

3. Each account holder may, within the Response Period, file a motion to quash or modify the Subpoena.`
	o := Read(draft{discussion: discussion, conclusion: conclusion}.String()).Order
	if m, _ := conditionOf(o, order.MoveToQuash); m.Days != 21 || m.Trigger != order.NoticeGiven {
		t.Errorf("motion %d days after %q, want 21 after the notice", m.Days, m.Trigger)
	}
}

// TestScopeListedInTheOperativePart: an order drafted by the parties may
// state what the subpoena may seek only in its own numbered terms ("3.
// Scope. The Subpoena shall call only for documents sufficient to show
// the following: (a) ...; (b) ..."), the requests described nowhere
// before. That list is the requests the order allows; a proviso after it
// ("provided, however, that the Subpoena shall not call for the content
// of any message") is no item of it. A numbered list of the order's other
// terms is not one.
func TestScopeListedInTheOperativePart(t *testing.T) {
	conclusion := `The application is GRANTED. IT IS HEREBY ORDERED THAT:

1. Kumo is authorized to serve the Subpoena on Example.

2. Scope. The Subpoena shall call only for documents sufficient to show the following, for each Target Account:

   (a) Registration data, meaning the name and telephone number provided at registration;

   (b) IP logs, meaning the IP addresses of each log-in from March 1, 2024 through the date of the Subpoena;

provided, however, that the Subpoena shall not call for the content of any message.

3. Notice and objections.
   (a) Within fourteen (14) days of service of the Subpoena, Example shall notify each account holder by e-mail.
   (b) The account holder may move to quash the Subpoena within twenty-one (21) days after the notice.`
	noProviso := strings.Replace(conclusion, ";\n\nprovided, however, that the Subpoena shall not call for the content of any message.", ".", 1)
	if noProviso == conclusion {
		t.Fatal("the proviso was not taken out")
	}
	nested := strings.Replace(noProviso, "(a) Registration data, meaning the name and telephone number provided at registration;", "(a) Registration data, consisting of:\n\n       (i) the name provided at registration; and\n\n       (ii) the telephone number provided at registration;", 1)
	if nested == noProviso {
		t.Fatal("the items were not nested")
	}
	inline := strings.Replace(noProviso, "for each Target Account:\n\n   (a)", "for each Target Account: (a)", 1)
	if inline == noProviso {
		t.Fatal("the list was not run in")
	}
	// The subpoena named by the declaration it is attached to and its
	// docket entry, "which requests all documents identifying ..., namely
	// documents showing:".
	attached := strings.Replace(noProviso, "Scope. The Subpoena shall call only for documents sufficient to show the following, for each Target Account:", "Kumo may serve on Example the subpoena attached as Exhibit A to the Okafor Declaration (Dkt. No. 1-3), which requests all documents identifying the users of the Target Accounts, namely documents showing:", 1)
	if attached == noProviso {
		t.Fatal("the lead-in was not replaced")
	}
	for _, c := range []string{conclusion, noProviso, nested, inline, attached} {
		o := Read(draft{requests: "Kumo asks to serve a subpoena on Example for the holder's identity.", conclusion: c}.String()).Order
		checkScope(t, o, []order.Category{order.Names, order.Phones, order.AccessLogs}, nil)
		if len(o.Requests) != 2 {
			t.Errorf("%d requests, want 2: the next paragraph's items are no requests", len(o.Requests))
		}
	}
	o := Read(draft{requests: "Kumo asks to serve a subpoena on Example for the holder's identity.", conclusion: conclusion}.String()).Order
	for _, rq := range o.Requests {
		if rq.Standard != order.SufficientToShow {
			t.Errorf("request %d standard %q, want sufficient to show", rq.Number, rq.Standard)
		}
	}
	if o.Allows(order.Content) {
		t.Error("the proviso's content read as allowed")
	}
}

// TestScopeListOfLimits: a list the operative part leads into with the
// subpoena's limits ("The Subpoena shall be limited as follows: (a) Request
// No. 3, for device identifiers, is stricken; ...") states changes, not
// what the subpoena seeks: what it strikes is never read as allowed.
func TestScopeListOfLimits(t *testing.T) {
	conclusion := `The application is GRANTED AS MODIFIED. IT IS HEREBY ORDERED THAT:

1. The Subpoena shall be limited as follows:

   (a) Request No. 3, for the identifiers of each device used on the account, is stricken;

   (b) each remaining request shall seek only documents sufficient to show the information it describes.

2. Within fourteen (14) days of service of the Subpoena, Example shall notify each account holder by e-mail.`
	o := Read(draft{requests: "Kumo asks to serve a subpoena on Example for the holder's identity.", conclusion: conclusion}.String()).Order
	if o.Allows(order.DeviceIDs) {
		t.Errorf("a stricken request read as allowed: %+v", o.Requests)
	}
}

// TestAdoptedParagraphItemStruck: a court that adopts a stipulation may
// strike an item of one of its paragraphs by its place ("Paragraph 1(f) is
// struck", "Subparagraph 1(c) is deleted"): where the requests are that
// paragraph's lettered items, the item is a request denied, never one
// allowed.
func TestAdoptedParagraphItemStruck(t *testing.T) {
	for _, strike := range []string{"Paragraph 1(c) is struck.", "Subparagraph 1(c) is deleted."} {
		t.Run(strike, func(t *testing.T) {
			part := `III. THE STIPULATION AND THE COURT'S CHANGES

The Stipulation provides, in substance, as follows:

¶ 1. Example will produce documents sufficient to show, for the ACCOUNT: (a) the name of the account holder; (b) the e-mail addresses; (c) the bank or other account into which Example deposits the holder's proceeds; and (d) the IP addresses, with dates and times, of log-ins to the account.

¶ 2. Example will notify the account holder of the subpoena within thirty (30) days after it receives the subpoena.

The Court adopts the Stipulation with the following changes:

A. ` + strike + ` Bank details are not needed to identify anyone.`
			src := strings.Replace(draft{requests: "Kumo and Example filed a joint stipulation.", discussion: "The Court's concerns are addressed in Part III.\n\n" + part, conclusion: "The application is GRANTED as modified. The Stipulation, with the changes in Part III, is SO ORDERED. Kumo may serve on Example a subpoena that conforms to Paragraph 1 of the Stipulation as modified."}.String(), "III. CONCLUSION", "IV. CONCLUSION", 1)
			o := Read(src).Order
			if o.Allows(order.OtherPayment) {
				t.Errorf("a struck item read as allowed: %+v", o.Requests)
			}
			if !slices.Contains(o.DeniedCategories, order.OtherPayment) {
				t.Errorf("denied %v, want other payment among them", o.DeniedCategories)
			}
		})
	}
}

// TestCounselsDate: a stipulation the court signs carries its counsel's
// dates above their signatures ("Dated: March 11, 2026 / HALVERSON ODA LLP
// / By: /s/ ... / Attorneys for Applicant"); the order's date is the
// court's, below "SO ORDERED", or, where the court dates nothing, the
// entry's.
func TestCounselsDate(t *testing.T) {
	header := "Case 5:24-mc-80001-ABC   Document 11   Filed 03/16/26   Page 1 of 3\n\n"
	counsel := "IT IS SO STIPULATED.\n\nDated: March 11, 2026                 HALVERSON ODA LLP\n\n                                      By: /s/ Mina Oda\n                                      Attorneys for Applicant\n\nDated: March 11, 2026\n\nEXAMPLE SOCIAL, INC.\n\nBy: /s/ Dana Reyes\nCounsel for Example Social, Inc.\n\n"
	tests := []struct{ name, signature, want string }{
		{"the court's date below its order", counsel + "PURSUANT TO STIPULATION, IT IS SO ORDERED.\n\nDated: March 16, 2026\n\nMARY Q. LINDQVIST\nUnited States Magistrate Judge", "2026-03-16"},
		{"the court dates nothing: the entry's", counsel + "SO ORDERED:\n\n____________________\nU.S.D.J.", "2026-03-16"},
		{"the court's date, then a list of counsel served", "IT IS SO ORDERED.\n\nDated: March 14, 2026\n\nMARY Q. LINDQVIST\nUnited States Magistrate Judge\n\ncc: Attorneys for Applicant, HALVERSON ODA LLP", "2026-03-14"},
	}
	print := "In re Application of KUMO SHOJI K.K., Applicant.\n\nCase No. 3:24-mc-00415-ABC.\n\nUnited States District Court, D. Oregon, Portland Division.\n\nMarch 5, 2024.\n\nKenji R. Mattson, Cascade Crossborder Law PLLC, Portland, OR, for Applicant.\n\nORDER\n\nKumo Shoji K.K. applies under 28 U.S.C. § 1782 for leave to serve a subpoena on Example Social, Inc. (\"Example\")."
	if p := Read(draft{caption: print, signature: "IT IS SO ORDERED."}.String()); p.Order.Date.String() != "2024-03-05" {
		t.Errorf("a print's date line with counsel below it: date %s, want 2024-03-05", p.Order.Date)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Read(header + draft{signature: tt.signature}.String())
			if got := p.Order.Date.String(); p.Order.Date.IsZero() || got != tt.want {
				t.Errorf("date %s, want %s", got, tt.want)
			}
		})
	}
}

// TestStipulatedOrder: a stipulation the parties submit and the court
// signs ("PURSUANT TO STIPULATION, IT IS SO ORDERED", "The Court approves
// the stipulation") states its terms where the parties stipulate ("NOW,
// THEREFORE, IT IS HEREBY STIPULATED AND AGREED ... that:"), after their
// recitals. A stipulation the court declines to so-order states none.
func TestStipulatedOrder(t *testing.T) {
	stipulation := `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

IN RE EX PARTE APPLICATION OF KUMO SHOJI K.K.

Case No. 24-mc-80001-ABC

STIPULATION AND [PROPOSED] ORDER

Applicant Kumo Shoji K.K. ("Kumo") and Example Social, Inc. ("Example") stipulate as follows.

WHEREAS, Kumo applied under 28 U.S.C. § 1782 for leave to serve a subpoena on Example to learn who holds the account @kumo_lies, for use in a defamation action in Japan;

WHEREAS, Example has asked that the account holder receive thirty (30) days' notice;

NOW, THEREFORE, IT IS HEREBY STIPULATED AND AGREED, subject to the approval of the
Court, that:

1. Kumo may serve on Example a subpoena for documents sufficient to show the name and e-mail addresses of the holder of the account.

2. Within fourteen (14) days of service of the subpoena, Example shall notify the account holder by e-mail.

3. The account holder may file a motion to quash or modify the subpoena within twenty-one (21) days after the notice.

4. If such a motion is filed, Example shall preserve the information sought and shall not produce it until the Court rules.

IT IS SO STIPULATED.

Dated: June 1, 2024          HALVERSON ODA LLP, By: /s/ Mina Oda, Attorneys for Kumo

`
	tests := []struct {
		name, court string
		terms       bool
	}{
		{"so ordered below", "PURSUANT TO STIPULATION, IT IS SO ORDERED.\n\nDated: June 3, 2024\n\nMARY Q. LINDQVIST\nUnited States Magistrate Judge\n", true},
		{"approved in the court's own order", "ORDER\n\nThe Court has reviewed the application and the stipulation. The statutory requirements are met. The Court approves the stipulation, and the application is GRANTED.\n\nIT IS SO ORDERED.\n\nDated: June 3, 2024\n\nMARY Q. LINDQVIST\nUnited States Magistrate Judge\n", true},
		{"approved but for a paragraph struck", "ORDER\n\nThe Court approves the stipulation, except that Paragraph 3 is stricken: the Court will set the time to move to quash if the account holder appears.\n\nIT IS SO ORDERED.\n\nDated: June 3, 2024\n\nMARY Q. LINDQVIST\nUnited States Magistrate Judge\n", true},
		{"approved with a paragraph modified to read anew", "ORDER\n\nThe Court approves the stipulation, except that Paragraph 3 is modified to read: \"The account holder may file a motion to quash or modify the subpoena within thirty (30) days after the notice.\"\n\nIT IS SO ORDERED.\n\nDated: June 3, 2024\n\nMARY Q. LINDQVIST\nUnited States Magistrate Judge\n", true},
		{"approved with words of a paragraph replaced", "ORDER\n\nThe Court approves the stipulation, except that in Paragraph 3, \"twenty-one (21) days\" is replaced by \"thirty (30) days\".\n\nIT IS SO ORDERED.\n\nDated: June 3, 2024\n\nMARY Q. LINDQVIST\nUnited States Magistrate Judge\n", true},
		{"approved with a paragraph's period replaced, the paragraph named first", "ORDER\n\nThe Court approves the stipulation with one change. Paragraph 3: \"twenty-one (21) days\" is replaced by \"thirty (30) days.\"\n\nIT IS SO ORDERED.\n\nDated: June 3, 2024\n\nMARY Q. LINDQVIST\nUnited States Magistrate Judge\n", true},
		{"approved with other words of a paragraph replaced", "ORDER\n\nThe Court approves the stipulation, except that in Paragraph 3 the words \"file a motion\" are replaced by \"file a motion or letter\".\n\nIT IS SO ORDERED.\n\nDated: June 3, 2024\n\nMARY Q. LINDQVIST\nUnited States Magistrate Judge\n", true},
		{"declined", "ORDER\n\nThe Court declines to so-order the stipulation, and the application is DENIED without prejudice: the foreign proceeding is not within reasonable contemplation.\n\nSO ORDERED.\n\nDated: June 3, 2024\n\nMARY Q. LINDQVIST\nUnited States Magistrate Judge\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Read(stipulation + tt.court).Order
			n, okN := conditionOf(o, order.NotifyAccountHolders)
			m, _ := conditionOf(o, order.MoveToQuash)
			if !tt.terms {
				if okN || o.Disposition != order.Denied {
					t.Errorf("a stipulation declined: disposition %q, notice %+v", o.Disposition, n)
				}
				return
			}
			motion := 21
			switch {
			case strings.Contains(tt.court, "Paragraph 3 is stricken"):
				motion = 0
			case strings.Contains(tt.court, "modified to read"):
				motion = 30
			case strings.Contains(tt.court, "is replaced by"):
				// A period's words replaced by another's: the period
				// changed, never the stipulation's own.
				motion = 30
			case strings.Contains(tt.court, "are replaced by"):
				// Other words replaced: left to a person.
				motion = 0
			}
			if n.Days != 14 || n.Trigger != order.SubpoenaServed || m.Days != motion {
				t.Errorf("notice %+v, motion %+v: want 14 days after service, %d after the notice", n, m, motion)
			}
			if o.Disposition != order.Granted {
				t.Errorf("disposition %q, want granted", o.Disposition)
			}
			checkScope(t, o, []order.Category{order.Names, order.Emails}, nil)
		})
	}
}

// TestPeriodRedefinedByTheCourt: a stipulation the court so orders may
// define a period ("\"Objection Period\" means the thirty (30) days
// following the Notice Date") that the court's own paragraph gives anew
// ("The Objection Period defined in Paragraph 2 shall be twenty-one (21)
// days following the Notice Date"): the court's period governs.
func TestPeriodRedefinedByTheCourt(t *testing.T) {
	src := `STIPULATION AND [PROPOSED] ORDER

Kumo Shoji K.K. ("Kumo") and Example Social, Inc. ("Example") stipulate as follows.

NOW, THEREFORE, the parties stipulate, subject to the Court's approval, that:

1. Kumo may serve on Example a subpoena for documents sufficient to show the name and e-mail addresses of the holder of the account.

2. Definitions. "Notice Date" means the date on which Example sends the notice required by Paragraph 3. "Objection Period" means the thirty (30) days following the Notice Date.

3. Within fourteen (14) days after service of the subpoena, Example shall notify the account holder by e-mail.

4. The account holder may, within the Objection Period, file a motion in this Court to quash or modify the subpoena.

IT IS SO STIPULATED.

ORDER

The Court approves the stipulation with one change, added as Paragraph 5:

5. The Objection Period defined in Paragraph 2 shall be twenty-one (21) days following the Notice Date, not thirty (30) days.

IT IS SO ORDERED.

Dated: June 3, 2024

MARY Q. LINDQVIST
United States Magistrate Judge
`
	o := Read(src).Order
	if m, _ := conditionOf(o, order.MoveToQuash); m.Days != 21 || m.Trigger != order.NoticeGiven {
		t.Errorf("motion %d days after %q, want 21 after the notice", m.Days, m.Trigger)
	}
}

// TestNumberedParagraphsSetOff: a PDF's text may set a paragraph's number
// off from its words by a wide gap ("        3.      Within thirty (30)
// days ..."), its other lines running from the margin: the number and the
// words are one paragraph, not two columns of a caption.
func TestNumberedParagraphsSetOff(t *testing.T) {
	conclusion := `For the reasons stated, IT IS HEREBY ORDERED:

        1.      The Application is GRANTED.

        2.      Within thirty (30) days after being served with the subpoena, Example
shall notify the holder of each account named in the subpoena by e-mail.

        3.      Each account holder may, within twenty-one (21) days after the date of
that notice, file a motion to quash or modify the subpoena in this court.

        4.      Example shall notify the court within ten (10) days after receiving a
written objection.`
	o := Read(draft{conclusion: conclusion}.String()).Order
	n, _ := conditionOf(o, order.NotifyAccountHolders)
	m, _ := conditionOf(o, order.MoveToQuash)
	if n.Days != 30 || n.Trigger != order.SubpoenaServed || m.Days != 21 || m.Trigger != order.NoticeGiven {
		t.Errorf("notice %+v, motion %+v: want 30 days after service, 21 after the notice", n, m)
	}
}

// TestScheduleInAPart: a schedule set out as a table in a part of the
// order before its conclusion, which the conclusion makes its own ("shall
// follow the timetable and conditions in Part III"): each row is a term.
func TestScheduleInAPart(t *testing.T) {
	part := `III. TIMETABLE

        Step   What                               Who               Deadline
        ----   --------------------------------   ---------------   ---------------------------------
        1      Notify each account holder that    Example           Within 30 days of being
               the subpoena has been served                         served with the subpoena
        2      Move in this Court to quash or     Account holder    Within 30 days from the date
               modify the subpoena                                  of the notice in Step 1
        3      As an alternative to Step 2,       Account holder    Within 14 days from the date
               object in writing to Example                         of the notice in Step 1`
	src := strings.Replace(draft{discussion: "The Court sets a timetable.\n\n" + part, conclusion: "The application is GRANTED. Kumo may serve the proposed subpoena on Example. Service, notice and any challenge shall follow the timetable in Part III."}.String(), "III. CONCLUSION", "IV. CONCLUSION", 1)
	o := Read(src).Order
	n, _ := conditionOf(o, order.NotifyAccountHolders)
	m, _ := conditionOf(o, order.MoveToQuash)
	ob, _ := conditionOf(o, order.ObjectInWriting)
	if n.Days != 30 || n.Trigger != order.SubpoenaServed || m.Days != 30 || m.Trigger != order.NoticeGiven || ob.Days != 14 {
		t.Errorf("notice %+v, motion %+v, objection %+v: want 30 after service, 30 and 14 after the notice", n, m, ob)
	}
}

// TestPleadingNumbersPastTwentyEight: a page may number more lines than
// pleading paper's 28; its numbers go on counting ("29", "30", ...) and
// are no words of the order, so a phrase broken over them ("e-mail" / "33
// addresses") stays whole.
func TestPleadingNumbersPastTwentyEight(t *testing.T) {
	var b strings.Builder
	requests := strings.Repeat("Kumo describes its business in Japan at some length.\n", 16) + "The proposed subpoena seeks documents sufficient to show the names, e-mail\naddresses and telephone numbers associated with the ACCOUNT."
	lines := strings.Split(draft{requests: requests, conclusion: "The application is GRANTED. Kumo may serve the proposed subpoena on Example."}.String(), "\n")
	at := 0
	for i, l := range lines {
		fmt.Fprintf(&b, "%2d  %s\n", i+1, l)
		if strings.HasPrefix(l, "addresses and telephone") {
			at = i + 1
		}
	}
	if at <= 28 {
		t.Fatalf("the phrase breaks at line %d: the test needs it past 28", at)
	}
	o := Read(b.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.Phones}, nil)
}

// TestPeriodChangedByParagraph: a court that signs a proposed order may
// change one of its periods by naming it and its paragraph ("the fourteen
// (14) days in paragraph 4 are enlarged to twenty-one (21) days"): the
// term read from that paragraph takes the period the court gives.
func TestPeriodChangedByParagraph(t *testing.T) {
	conclusion := `IT IS HEREBY ORDERED THAT:

3. Within ten (10) days after it receives the Subpoena, Example shall notify the holder of the Account.

4. The holder of the Account may, within fourteen (14) days after the notice, file a motion in this Court to quash or modify the Subpoena.

MEMO ENDORSEMENT

The Court signs the proposed order above with one change: the fourteen (14) days in paragraph 4 are enlarged to twenty-one (21) days. Subject to that change, the Application is GRANTED as modified.`
	o := Read(draft{conclusion: conclusion}.String()).Order
	if m, _ := conditionOf(o, order.MoveToQuash); m.Days != 21 || m.Trigger != order.NoticeGiven {
		t.Errorf("motion %d days after %q, want 21 after the notice", m.Days, m.Trigger)
	}
	if n, _ := conditionOf(o, order.NotifyAccountHolders); n.Days != 10 {
		t.Errorf("notice %d days, want 10 (another paragraph)", n.Days)
	}
}

// TestNumberedDenialOfLetteredRequests: requests read from a list lettered
// "(a)" to "(e)" are not the subpoena's Requests 1 to 5 ("Requests Nos. 1
// through 4 of the subpoena shall call only for ...: (a) ...; (e) ...");
// an order that denies "Request No. 5" then names none of them, and which
// it means is left to a person: no item is denied for its letter's place.
func TestNumberedDenialOfLetteredRequests(t *testing.T) {
	requests := "Requests Nos. 1 through 4 of the proposed subpoena call only for documents sufficient to show, for the ACCOUNT: (a) the e-mail addresses; (b) the telephone numbers; (c) the date and time of its creation; (d) the names registered with it; and (e) the IP addresses of each log-in to it. Request No. 5 seeks the content of its messages."
	p := Read(draft{requests: requests, conclusion: "The application is GRANTED IN PART. Request No. 5 is DENIED. Kumo may serve the subpoena on Example as limited above."}.String())
	if slices.Contains(p.Order.DeniedCategories, order.AccessLogs) {
		t.Errorf("item (e) denied for Request No. 5: denied %v", p.Order.DeniedCategories)
	}
}

// TestApplicantsCompanySuffix: a company's name runs on to its suffix,
// which a caption or a sentence may set off ("Kgosi Mining Supplies (Pty)
// Ltd", "Dalbit Games Co., Ltd." where a print's caption cut it to
// "Dalbit Games Co.").
func TestApplicantsCompanySuffix(t *testing.T) {
	tests := []struct{ caption, want string }{
		{"UNITED STATES DISTRICT COURT\nDISTRICT OF ARIZONA\n\nCase No. 2:26-mc-00081-ABC\n\nORDER\n\nPending before the Court is the Ex Parte Application of Kgosi Mining Supplies (Pty) Ltd for an order under 28 U.S.C. § 1782 to serve a subpoena on Example Social, Inc. (\"Example\").", "Kgosi Mining Supplies (Pty) Ltd"},
		{"In re Ex Parte Application of Dalbit Games Co., No. 3:26-mc-80188-MEQ (N.D. Cal. May 6, 2026)\n\nORDER\n\nDalbit Games Co., Ltd. (\"Dalbit\") applies under 28 U.S.C. § 1782 for leave to serve a subpoena on Example Social, Inc. (\"Example\").", "Dalbit Games Co., Ltd."},
		{"U.S. District Court\nCalifornia Northern District (Oakland)\nCIVIL DOCKET FOR CASE #: 4:26-mc-80102-ABC\n\nIn re Ex Parte Application of Dalmaji Ceramics    Date Filed: 07/02/2026\n\nIn Re\nDalmaji Ceramics Co., Ltd.                 represented by Gideon R. Halvorsen\n\n 07/02/2026    1   EX PARTE APPLICATION for Order Pursuant to 28 U.S.C. § 1782 filed by Dalmaji Ceramics Co., Ltd.", "Dalmaji Ceramics Co., Ltd."},
	}
	for _, tt := range tests {
		if got := Read(draft{caption: tt.caption}.String()).Order.Applicant; got != tt.want {
			t.Errorf("applicant %q, want %q", got, tt.want)
		}
	}
}

// TestOrderedFirstReasonsBelow: a memorandum order may open "IT IS HEREBY
// ORDERED that the application is GRANTED, for the reasons and on the
// terms set out below" (or "that follow"), give its findings in numbered paragraphs (one
// describing the proposed subpoena's requests), and state its terms after
// "IT IS FURTHER ORDERED": the requests described among the findings are
// the proposed subpoena's.
func TestOrderedFirstReasonsBelow(t *testing.T) {
	src := defaultCaption + `

MEMORANDUM ORDER

At Wilmington, this 17th day of November, 2026, having reviewed the application;

IT IS HEREBY ORDERED that the application is GRANTED, for the
reasons and on the terms set out below.

1. Background. Kumo intends to sue the holder of the account in Japan.

2. The proposed subpoena. The subpoena seeks all records showing: (a) the account holder's name; (b) e-mail addresses; and (c) the IP addresses, with dates and times, of all log-ins. (D.I. 1-1, Ex. A.)

3. Accordingly, IT IS FURTHER ORDERED that:

(a) Kumo may serve on Example the subpoena attached as Exhibit A to the application.

(b) Within twenty-one (21) days of service of the subpoena, Example shall notify the account holder.

MARY Q. LINDQVIST
United States Magistrate Judge
`
	for _, words := range []string{"reasons and on the terms set out below", "reasons and on the terms that follow", "reasons that follow"} {
		o := Read(strings.Replace(src, "reasons and on the terms set out below", words, 1)).Order
		checkScope(t, o, []order.Category{order.Names, order.Emails, order.AccessLogs}, nil)
	}
}

// TestStipulationQuotedInTheDiscussion: an opinion may quote the parties'
// stipulation in its discussion ("The stipulation ... provides in full:",
// "It provides:", set off as a block) and adopt it in its order ("The
// stipulation (Dkt. No. 9) is ADOPTED"): the quoted block states the
// terms the order adopts, with the court's changes over them. A quoted
// stipulation the court does not adopt states none, and the discussion
// around the block states none either.
func TestStipulationQuotedInTheDiscussion(t *testing.T) {
	opinion := func(intro, conclusion string) string {
		return `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

IN RE EX PARTE APPLICATION OF KUMO SHOJI K.K.

Case No. 24-mc-80001-ABC

ORDER GRANTING APPLICATION AND ADOPTING STIPULATION

I. BACKGROUND

Kumo Shoji K.K. ("Kumo") applied under 28 U.S.C. § 1782 for leave to serve a subpoena on Example Social, Inc. ("Example") to learn who holds the account @kumo_lies, for use in a defamation action in Japan. Kumo and Example then filed a stipulation.

II. THE STIPULATION

` + intro + `

    1. Example will accept service of the subpoena by e-mail to its counsel.

    2. The subpoena will request documents sufficient to show the name and
    e-mail addresses of the holder of the account.

    3. Example will notify the account holder of the subpoena within thirty
    (30) days of service of the subpoena.

    4. The account holder may, within twenty-one (21) days from the date of
    that notice, move this Court to quash or modify the subpoena.

    5. If such a motion is filed, Example will preserve the information
    responsive to the subpoena and will not produce any of it until the Court
    has ruled.

III. DISCUSSION

The statutory requirements are met and the Intel factors favor the application. Other courts in this district require notice within seven (7) days of service, and an objection to the platform within ten (10) days.

IV. ORDER

` + conclusion + `

IT IS SO ORDERED.

Dated: June 3, 2024

MARY Q. LINDQVIST
United States Magistrate Judge
`
	}
	tests := []struct {
		name, intro, conclusion string
		notice, motion          int
	}{
		{"provides in full, adopted", "The stipulation, signed by counsel for Kumo and for Example, provides in full:", "1. The application (Dkt. No. 1) is GRANTED.\n\n2. The stipulation (Dkt. No. 9) is ADOPTED.", 30, 21},
		{"it provides, adopted with a period replaced", "Kumo and Example filed a Joint Stipulation. (Doc. 9.) It provides:", "1. The application (Dkt. No. 1) is GRANTED.\n\n2. The stipulation (Dkt. No. 9) is ADOPTED, subject to the following modification:\n\n   (a) In Paragraph 3, \"thirty (30) days\" is replaced by \"fourteen (14) days\".", 14, 21},
		{"it provides, so ordered as modified, a period's words replaced without their days", "Kumo and Example filed a Joint Stipulation. (Doc. 9.) It provides:", "1. The application (Dkt. No. 1) is GRANTED AS MODIFIED, and the stipulation (Dkt. No. 9) is SO ORDERED AS MODIFIED below.\n\n   (i) Paragraph 3. The words \"thirty (30)\" are replaced with the words \"fourteen (14).\" The notice period thus runs fourteen days.", 14, 21},
		{"set out as filed, so ordered", "The Stipulation has five paragraphs. The Court sets them out as filed:", "1. The application (Dkt. No. 1) is GRANTED.\n\n2. The Stipulation (Dkt. No. 9) is SO ORDERED.", 30, 21},
		{"provides in full, not adopted", "The stipulation, signed by counsel for Kumo and for Example, provides in full:", "1. The application (Dkt. No. 1) is GRANTED.\n\n2. The stipulation (Dkt. No. 9) is not adopted; the Court will set the terms of notice by separate order.", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Read(opinion(tt.intro, tt.conclusion)).Order
			n, _ := conditionOf(o, order.NotifyAccountHolders)
			m, _ := conditionOf(o, order.MoveToQuash)
			if n.Days != tt.notice || m.Days != tt.motion {
				t.Fatalf("notice %+v, motion %+v: want %d and %d days", n, m, tt.notice, tt.motion)
			}
			if tt.notice == 0 {
				if _, ok := conditionOf(o, order.ObjectInWriting); ok {
					t.Errorf("a period from the discussion read as a term")
				}
				return
			}
			if n.Trigger != order.SubpoenaServed || m.Trigger != order.NoticeGiven {
				t.Errorf("notice after %q, motion after %q", n.Trigger, m.Trigger)
			}
			if p, ok := conditionOf(o, order.PreserveNotDisclose); !ok || p.Scope != order.WholeSubpoena {
				t.Errorf("preservation %+v, want the whole subpoena held", p)
			}
			checkScope(t, o, []order.Category{order.Names, order.Emails}, nil)
		})
	}
}

// TestStipulatingWords: the parties stipulate in many words: "NOW,
// THEREFORE, subject to the approval of the Court, the Parties stipulate as
// follows:", "stipulate as follows and ask the Court to enter this
// stipulation as an order:". Where they do, the terms begin.
func TestStipulatingWords(t *testing.T) {
	for _, words := range []string{
		"NOW, THEREFORE, subject to the approval of the Court, the Parties stipulate as follows:",
		"Kumo and Example, through counsel, stipulate as follows and ask the Court to enter this stipulation as an order:",
	} {
		t.Run(words, func(t *testing.T) {
			src := `STIPULATION AND [PROPOSED] ORDER

WHEREAS, Kumo Shoji K.K. ("Kumo") applied under 28 U.S.C. § 1782 for leave to serve a subpoena on Example Social, Inc. ("Example"), and Example asked that the account holder receive thirty (30) days' notice;

` + words + `

1. Kumo may serve on Example a subpoena for documents sufficient to show the name and e-mail addresses of the holder of the account.

2. Within fourteen (14) days of service of the subpoena, Example shall notify the account holder by e-mail.

IT IS SO STIPULATED.

PURSUANT TO STIPULATION, IT IS SO ORDERED.

Dated: June 3, 2024

MARY Q. LINDQVIST
United States Magistrate Judge
`
			o := Read(src).Order
			if n, _ := conditionOf(o, order.NotifyAccountHolders); n.Days != 14 || n.Trigger != order.SubpoenaServed {
				t.Errorf("notice %+v, want 14 days after service", n)
			}
		})
	}
}

// TestStipulationAttachedAfterTheOrder: the stipulation an order approves
// may follow the order's signature with its own caption and no exhibit
// heading ("The stipulation (Dkt. No. 12), attached as Exhibit 1, is
// APPROVED and adopted as an order of the Court, as modified below"):
// its terms, from where the parties stipulate, are the order's, with the
// court's changes over them.
func TestStipulationAttachedAfterTheOrder(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

IN RE EX PARTE APPLICATION OF KUMO SHOJI K.K.

Case No. 24-mc-80001-ABC

ORDER GRANTING APPLICATION AND APPROVING STIPULATION AS MODIFIED

Kumo Shoji K.K. ("Kumo") applied under 28 U.S.C. § 1782 for leave to serve a subpoena on Example Social, Inc. ("Example"). The statutory requirements are met and the Intel factors favor the application.

1. The application (Dkt. No. 1) is GRANTED.

2. The stipulation (Dkt. No. 12), attached as Exhibit 1, is APPROVED and adopted as an order of the Court, as modified below:

   a. In Paragraph 3, "thirty (30) days" is changed to "fourteen (14) days."

IT IS SO ORDERED.

Dated: June 3, 2024

MARY Q. LINDQVIST
United States Magistrate Judge

UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

IN RE EX PARTE APPLICATION OF KUMO SHOJI K.K.      Case No. 24-mc-80001-ABC

STIPULATION REGARDING SUBPOENA TO EXAMPLE SOCIAL, INC.

Kumo and Example stipulate as follows and ask the Court to enter this stipulation as an order:

1. The subpoena will request documents sufficient to show the following for the account:

   (a) the name of its holder; and

   (b) the e-mail addresses associated with it.

2. Example accepts service of the subpoena by e-mail to its counsel.

3. Example will notify the account holder within thirty (30) days after it is served with the subpoena.

4. The account holder may file a motion to quash or modify the subpoena within twenty-one (21) days of the date of the notice.

IT IS SO STIPULATED.

Dated: May 20, 2024          HALVERSON ODA LLP, By: /s/ Mina Oda, Attorneys for Kumo
`
	o := Read(src).Order
	n, _ := conditionOf(o, order.NotifyAccountHolders)
	m, _ := conditionOf(o, order.MoveToQuash)
	if n.Days != 14 || n.Trigger != order.SubpoenaServed || m.Days != 21 || m.Trigger != order.NoticeGiven {
		t.Errorf("notice %+v, motion %+v: want 14 days after service, 21 after the notice", n, m)
	}
	if o.Disposition != order.GrantedWithModifications || o.Date.String() != "2024-06-03" {
		t.Errorf("disposition %q of %s, want granted with modifications on 2024-06-03", o.Disposition, o.Date)
	}
	checkScope(t, o, []order.Category{order.Names, order.Emails}, nil)
}

// TestFollowUpOrder: an order on a motion made after the application was
// granted (to extend the time for notice, to amend the procedure) recites
// the earlier order's scope and periods to describe it; only what it
// orders itself is its term. Its memorandum may open "IT IS HEREBY
// ORDERED that the motion is GRANTED, for the reasons and on the terms set
// out below": the numbered findings below are reasons, and the terms
// follow the later "NOW, THEREFORE, IT IS HEREBY ORDERED".
func TestFollowUpOrder(t *testing.T) {
	src := `IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF DELAWARE

IN RE APPLICATION OF KUMO SHOJI K.K.        Misc. No. 24-101-ABC

MEMORANDUM ORDER

At Wilmington, this 3rd day of June, 2024, having considered the motion for an extension of time (D.I. 14) filed by non-party Example Social, Inc. ("Example") and the papers submitted in connection with the application (D.I. 1-4), IT IS HEREBY ORDERED that the motion is GRANTED, for the reasons and on the terms set out below.

     1.   On March 1, 2024, the Court granted the application (D.I. 9, the "Order"). The Order authorized a subpoena limited to documents sufficient to show the e-mail addresses and telephone numbers associated with the account, and required Example to notify the account holder "within seven (7) days of service of the subpoena" (id. ¶ 3); each account holder "shall have twenty-one (21) days from the date of such notice to move to quash or modify the subpoena" (id. ¶ 4). Example was to preserve the information while any motion was pending, and Kumo may use it only in the action in Japan.

     2.   Example asks for fourteen (14) days from service of this order to give notice. The request is reasonable.

     3.   The Court makes no change to the scope of the subpoena, to the preservation provision, or to the restriction on use.

     NOW, THEREFORE, IT IS HEREBY ORDERED that:

     A.   The motion (D.I. 14) is GRANTED.

     B.   Paragraph 3 of the Order is modified to provide that Example shall notify the holder of the account within fourteen (14) days of service of this Memorandum Order.

     C.   Paragraph 4 of the Order is modified to provide that each account holder shall have twenty-eight (28) days from the date of the notice to file a motion to quash or modify the subpoena.

     D.   In all other respects, the Order is unaffected.

                                        ____________________________________
                                        MARY Q. LINDQVIST
                                        UNITED STATES DISTRICT JUDGE
`
	o := Read(src).Order
	n, _ := conditionOf(o, order.NotifyAccountHolders)
	m, _ := conditionOf(o, order.MoveToQuash)
	if n.Days != 14 || n.Trigger != order.OrderServed || m.Days != 28 || m.Trigger != order.NoticeGiven {
		t.Errorf("notice %+v, motion %+v: want 14 days after service of this order, 28 after the notice", n, m)
	}
	if _, ok := conditionOf(o, order.PreserveNotDisclose); ok {
		t.Errorf("the earlier order's preservation read as this order's")
	}
	if len(o.Requests) > 0 || o.UseRestriction.Text != "" {
		t.Errorf("the earlier order's scope or use limit read as this order's: requests %+v, use %+v", o.Requests, o.UseRestriction)
	}
}

// TestMotionOnAnEarlierOrder: an order on a motion to amend or extend an
// earlier order that granted the application decides that motion ("Google
// LLC's motion to amend (Dkt. No. 17) is GRANTED with modifications"), and
// the scope the earlier order authorized, which it recites and leaves
// alone, is none of its terms.
func TestMotionOnAnEarlierOrder(t *testing.T) {
	src := func(ruling string) string {
		return `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

IN RE EX PARTE APPLICATION OF KUMO SHOJI K.K.      Case No. 24-mc-80001-ABC

ORDER ON EXAMPLE SOCIAL, INC.'S MOTION TO AMEND

On January 5, 2024, the Court granted the application (Dkt. No. 9, the "January Order"). The January Order authorized Kumo Shoji K.K. to serve a subpoena on Example Social, Inc. ("Example") for documents sufficient to show the names, e-mail addresses and telephone numbers associated with the account. Example now moves to lengthen the notice period. The motion does not reach the scope of the subpoena, and this Order does not revisit it.

CONCLUSION

` + ruling + ` IT IS HEREBY ORDERED as follows:

1. Paragraph 3 of the January Order is replaced by: "Example shall notify the holder of the account within thirty (30) days of service of the subpoena."

IT IS SO ORDERED.

Dated: June 3, 2024

MARY Q. LINDQVIST
United States Magistrate Judge
`
	}
	tests := []struct {
		ruling string
		want   order.Disposition
	}{
		{"For the reasons stated, Example Social, Inc.'s motion to amend (Dkt. No. 17) is GRANTED with modifications.", order.GrantedWithModifications},
		{"For the reasons stated, the motion to amend (Dkt. No. 17) is GRANTED.", order.Granted},
	}
	for _, tt := range tests {
		t.Run(tt.ruling, func(t *testing.T) {
			o := Read(src(tt.ruling)).Order
			if o.Disposition != tt.want {
				t.Errorf("disposition %q, want %q", o.Disposition, tt.want)
			}
			if len(o.Requests) > 0 {
				t.Errorf("the earlier order's scope read as this order's: %+v", o.Requests)
			}
		})
	}
}

// TestParagraphStruckInPlace: a court that so-orders a stipulation "with
// paragraph 6 STRICKEN" may mark the paragraph where it stands ("6.
// [STRICKEN BY THE COURT.] In lieu of a motion, ..."): its words are none
// of the order's terms.
func TestParagraphStruckInPlace(t *testing.T) {
	for _, conclusion := range []string{
		"The application is GRANTED. The Stipulation is so-ordered as set out below, with paragraph 6 STRICKEN.",
		"The application is GRANTED. The Stipulation is so-ordered as set out below.",
	} {
		t.Run(conclusion, func(t *testing.T) {
			src := `UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK

In re Application of KUMO SHOJI K.K.          24 Misc. 101 (MQL)

MEMORANDUM OPINION AND ORDER

Kumo Shoji K.K. applied under 28 U.S.C. § 1782 for leave to serve a subpoena on Example Social, Inc. ("Example"). The Court strikes paragraph 6 of the parties' stipulation: a written objection to Example is no substitute for a motion.

CONCLUSION

` + conclusion + `

SO ORDERED.

Dated: April 22, 2024

MARY Q. LINDQVIST
United States District Judge

In re Application of KUMO SHOJI K.K.          24 Misc. 101 (MQL)

STIPULATION AND ORDER

IT IS HEREBY STIPULATED AND AGREED, subject to the approval of the Court, that:

4. Within twenty-one (21) days after Example receives the subpoena, Example shall notify the holder of the account.

5. The holder of the account may, within thirty (30) days from the date of the notice, file a motion in this Court to quash or modify the subpoena.

6. [STRICKEN BY THE COURT. See Memorandum Opinion and Order. — M.Q.L.]
   In lieu of a motion, the holder of the account may, within thirty (30) days from the date of the notice, serve a written objection on Example. Example shall advise the Court of any such objection within ten (10) days of receiving it.

7. If the holder files a motion under paragraph 5, Example shall not produce the information until the Court rules.

Dated: April 9, 2024

SO ORDERED, as modified (paragraph 6 stricken).
`
			o := Read(src).Order
			if c, ok := conditionOf(o, order.ObjectInWriting); ok {
				t.Errorf("a struck paragraph's objection read: %+v", c)
			}
			if c, ok := conditionOf(o, order.AdviseCourt); ok {
				t.Errorf("a struck paragraph's advice read: %+v", c)
			}
			if m, _ := conditionOf(o, order.MoveToQuash); m.Days != 30 {
				t.Errorf("motion %+v, want 30 days", m)
			}
		})
	}
}

// TestStipulationReproducedBelow: an order may so-order a stipulation
// "with the following changes" and reproduce it below its signature with
// no sign-off between ("The Stipulation as submitted is reproduced
// below."): the changes name its paragraphs, and the application is
// granted with modifications.
func TestStipulationReproducedBelow(t *testing.T) {
	src := `IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF DELAWARE

IN RE APPLICATION OF KUMO SHOJI K.K.        C.A. No. 24-mc-00101-MQL

MEMORANDUM ORDER

Kumo Shoji K.K. applied under 28 U.S.C. § 1782 for leave to serve a subpoena on Example Social, Inc. ("Example"), and the two filed a stipulation (D.I. 11).

NOW, THEREFORE, IT IS HEREBY ORDERED that:

     1.   The Application (D.I. 1) is GRANTED.

     2.   The Stipulation (D.I. 11) is SO ORDERED, with the following changes:

          (a)  In paragraph 4, "thirty (30) days" is replaced by "ten (10) days."

          (b)  In paragraph 5, "twenty-one (21) days" is replaced by "twenty-eight (28) days."

     Except as changed in this paragraph 2, the Stipulation is entered as submitted. The Stipulation as submitted is reproduced below.

                                        Entered this 13th day of May, 2024.

                                        /s/ Mary Q. Lindqvist
                                        United States District Judge

          STIPULATION BETWEEN APPLICANT AND EXAMPLE

     Kumo and Example hereby stipulate and agree, subject to the approval of the Court, as follows:

     4.   Within thirty (30) days of being served with the Court's order granting the Application, Example shall notify the holder of the account.

     5.   The holder of the account may, within twenty-one (21) days from the date of the notice, file a motion with the Court to quash or modify the subpoena.
`
	o := Read(src).Order
	n, _ := conditionOf(o, order.NotifyAccountHolders)
	m, _ := conditionOf(o, order.MoveToQuash)
	if n.Days != 10 || n.Trigger != order.OrderServed || m.Days != 28 {
		t.Errorf("notice %+v, motion %+v: want 10 days after service of the order, 28 to move", n, m)
	}
	if o.Disposition != order.GrantedWithModifications {
		t.Errorf("disposition %q, want granted with modifications", o.Disposition)
	}
	// A phrase with its period replaced in a paragraph that says more:
	// the paragraph's other terms stand, the period is the new one.
	phrase := strings.Replace(src, `(b)  In paragraph 5, "twenty-one (21) days" is replaced by "twenty-eight (28) days."`, `(b)  In paragraph 6, "within fourteen (14) days of receiving it" is replaced by "within seven (7) days of receiving it."`, 1)
	phrase += `
     6.   Alternatively, the holder may object to the subpoena by a written objection sent to Example within the same twenty-one (21) days. Example shall inform the Court of any such objection within fourteen (14) days of receiving it.
`
	o = Read(phrase).Order
	checkPeriods(t, o, []periodWant{{order.AdviseCourt, 7, order.ObjectionReceived}})
	if c, ok := conditionOf(o, order.ObjectInWriting); !ok || c.Days != 21 {
		t.Errorf("objection %+v (found %v), want 21 days", c, ok)
	}
}

// TestStipulatedProcedureAdopted: "The procedure stipulated at Dkt. 12
// and set out in Part III.C is ADOPTED, except that: (i) Paragraph 2(g) is
// not adopted. The subpoena shall not seek ... the content of any direct
// message": the stipulation quoted in the discussion ("read in full:")
// states the terms, less the item the court does not adopt.
func TestStipulatedProcedureAdopted(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
CENTRAL DISTRICT OF CALIFORNIA

IN RE EX PARTE APPLICATION OF KUMO SHOJI K.K.      Case No. 2:24-mc-00101-MQL

ORDER GRANTING EX PARTE APPLICATION AS MODIFIED

I. BACKGROUND

Kumo Shoji K.K. ("Kumo") applied under 28 U.S.C. § 1782 for leave to serve a subpoena on Example Social, Inc. ("Example") for use in a defamation action in Japan.

II. THE STIPULATED PROCEDURE

Kumo and Example then negotiated the scope of the subpoena and a notice procedure. The operative paragraphs of their Stipulation (Dkt. 12) read in
full:

          2.   The subpoena shall request documents sufficient to show the following for
          the Account: (a) the name associated with the Account; (b) every e-mail
          address associated with the Account; and (c) the content of any direct message
          sent from the Account.

          3.   The holder of the Account may, within twenty-one (21) days from the date of
          the notice, file a motion in this Court to quash or modify the subpoena.

          4.   The Applicant shall use the information obtained through the subpoena solely
          for the action in Japan and for no other purpose.

(Stipulation ¶¶ 2-4.)

III. CONCLUSION

     For the foregoing reasons, the Ex Parte Application (Dkt. 1) is GRANTED as modified. The
procedure stipulated at Dkt. 12 and set out in Part II.B is ADOPTED, except that:

     (i)   Paragraph 2(c) is not adopted. The subpoena shall not seek, and Example shall not
           produce, the content of any direct message or other communication.

     (ii)  Example shall notify the holder of the Account within fourteen (14) days of being
           served with this Order.

     IT IS SO ORDERED.

Dated: August 20, 2024                  MARY Q. LINDQVIST
                                         UNITED STATES DISTRICT JUDGE
`
	o := Read(src).Order
	if m, _ := conditionOf(o, order.MoveToQuash); m.Days != 21 || m.Trigger != order.NoticeGiven {
		t.Errorf("motion %+v, want 21 days after the notice", m)
	}
	if o.UseRestriction.Text == "" {
		t.Errorf("the stipulated use limit not read")
	}
	checkScope(t, o, []order.Category{order.Names, order.Emails}, []order.Category{order.Content})
}

// TestDefinitionAmendedToRead: the court may adopt a proposed order's
// definitions and amend one "to read: \"'Notice Period' means ten (10)
// days after Example receives the Subpoena.\"": the period as the court
// writes it governs every term that runs in it.
func TestDefinitionAmendedToRead(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK

In re Application of KUMO SHOJI K.K.          24 Misc. 101 (MQL)

MEMORANDUM AND ORDER

Kumo Shoji K.K. applied under 28 U.S.C. § 1782 for leave to serve a subpoena on Example Social, Inc. ("Example"). Paragraph 1 of the Proposed Order defines its terms:

      (a)  "Notice Period" means thirty (30) days after service of the Subpoena.

      (b)  "Response Period" means twenty-one (21) days after the Notice Date.

A thirty-day Notice Period is too long.

CONCLUSION

For these reasons, the Application is GRANTED AS MODIFIED, and it is hereby ORDERED:

1.    The definitions in paragraph 1 of the Proposed Order are adopted and apply to this Order, except as follows:

      (a)   Paragraph 1(a) is amended to read: "'Notice Period' means ten (10) days
            after Example receives the Subpoena."

2.    Example shall, within the Notice Period, notify the holder of the account that the Subpoena has been received.

3.    Within the Response Period, the holder of the account may file a motion to quash or modify the Subpoena in this Court.

SO ORDERED.

Dated: June 9, 2024

MARY Q. LINDQVIST
United States District Judge
`
	o := Read(src).Order
	if n, _ := conditionOf(o, order.NotifyAccountHolders); n.Days != 10 || n.Trigger != order.SubpoenaReceived {
		t.Errorf("notice %+v, want 10 days after the subpoena is received", n)
	}
}

// TestPageNumbersAreNoPleadingNumbers: a page number centred at the foot
// of each page ("                 1", "                 2") counts no
// pleading lines, so a request's number that opens a line after them
// ("limited to Requests 1, 2, 3, / 4 and 7") is the order's word.
func TestPageNumbersAreNoPleadingNumbers(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF VIRGINIA

In re Application of Kumo Shoji K.K.          Case No. 1:24-mc-00047

MEMORANDUM OPINION AND ORDER

Kumo Shoji K.K. applied under 28 U.S.C. § 1782 for leave to serve a subpoena on Example Social, Inc. ("Example"). The proposed subpoena asks for (1) the names of the account holders; (2) the addresses registered on the accounts; (3) the email addresses associated with the accounts; (4) the telephone numbers associated with the accounts; and (5) all messages sent from the accounts.

                                                 1

The statutory requirements are met. Request 5 is denied.

                                                 2

     ORDERED that the Application is GRANTED IN PART and DENIED IN PART; and it is further

     ORDERED that Kumo may serve on Example a subpoena limited to Requests 1, 2, 3,
4 and 7 of Exhibit A; and it is further

     ORDERED that Request 5 is DENIED.

Dated: November 24, 2024

MARY Q. LINDQVIST
United States District Judge
`
	o := Read(src).Order
	checkScope(t, o, []order.Category{order.Names, order.Addresses, order.Emails, order.Phones}, []order.Category{order.Content})
}

// TestReportAttachedAsAnExhibit: a district judge's order may adopt a
// report and recommendation "attached to this Order as Exhibit A" and make
// its recommendations the order's ("Where the Report states that
// something \"should\" be done, it shall be done"). Only the report's
// recommendation states terms, its "should" a direction; its discussion of
// the proposed subpoena states none, and the judge who signed the order is
// the judge.
func TestReportAttachedAsAnExhibit(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

IN RE APPLICATION OF KUMO SHOJI K.K.          Case No. 5:24-mc-80017-CDV

ORDER ADOPTING REPORT AND
RECOMMENDATION OF MAGISTRATE JUDGE

Kumo Shoji K.K. applied under 28 U.S.C. § 1782 for leave to serve a subpoena on Example Social, Inc. ("Example"). Magistrate Judge Oduya's Report and Recommendation recommends that the application be granted in part. No party objected.

CONCLUSION

Having reviewed the Report, the Court ADOPTS it in its entirety. Accordingly:

1. The Report and Recommendation (Dkt. No. 11), a copy of which is attached to this Order as Exhibit A, is ADOPTED in full, and its recommendations in Part III are incorporated into and made the order of the Court.

2. The application (Dkt. No. 1) is GRANTED IN PART and DENIED IN PART. Where the Report states that something "should" be done, it shall be done.

IT IS SO ORDERED.

Dated: February 17, 2024

CORNELIUS D. VANTONGEREN
United States District Judge


EXHIBIT A

UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

IN RE APPLICATION OF KUMO SHOJI K.K.          Case No. 5:24-mc-80017-HPO

REPORT AND RECOMMENDATION

I. BACKGROUND

The proposed subpoena asks Example for all documents showing (1) the names of the account holder; (2) the e-mail addresses of the account; and (3) the device identifiers associated with the account.

II. DISCUSSION

The statute is satisfied. Device identifiers are not needed.

III. RECOMMENDATION

1. Kumo should be permitted to serve on Example a subpoena for documents sufficient to show the names and e-mail addresses of the account holder. Request No. 3 (device identifiers) should be stricken.

2. Example should, within twenty-one (21) days of service of the subpoena, notify the account holder.

3. If a motion to quash is filed, Example should preserve, but should not produce, any of the information sought by the subpoena until the Court has ruled.

Any party may file objections to this Report and Recommendation within fourteen (14) days.

Dated: January 27, 2024

HARRIET P. ODUYA
United States Magistrate Judge
`
	o := Read(src).Order
	if n, _ := conditionOf(o, order.NotifyAccountHolders); n.Days != 21 || n.Trigger != order.SubpoenaServed {
		t.Errorf("notice %+v, want 21 days after service of the subpoena", n)
	}
	if _, ok := conditionOf(o, order.PreserveNotDisclose); !ok {
		t.Errorf("the recommended hold not read")
	}
	checkScope(t, o, []order.Category{order.Names, order.Emails}, []order.Category{order.DeviceIDs})
	if o.Judge != "Cornelius D. Vantongeren" || o.Date.String() != "2024-02-17" {
		t.Errorf("judge %q on %s, want Cornelius D. Vantongeren on 2024-02-17", o.Judge, o.Date)
	}
	for _, rq := range o.Requests {
		if rq.Standard != order.SufficientToShow {
			t.Errorf("request %d: standard %q, want sufficient to show", rq.Number, rq.Standard)
		}
	}
}

// TestScopeByDefinition: an order may define what the subpoena may seek
// ("\"Subscriber Information\" means, for each Subject Account: (i) the
// name of the Account Holder; ...", "\"Responsive Information\" means
// documents sufficient to show the Subscriber Information and the Log-in
// Records") and limit the subpoena by the defined name ("The Subpoena
// shall call only for Responsive Information"): the requests are the
// definitions', the card fields a definition leaves out excluded. A list
// of definitions is no list of requests.
func TestScopeByDefinition(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

IN RE EX PARTE APPLICATION OF KUMO SHOJI K.K.      Case No. 5:24-mc-80142-MQL

ORDER GRANTING APPLICATION WITH MODIFICATIONS

I. BACKGROUND

Kumo Shoji K.K. applied under 28 U.S.C. § 1782 for leave to serve a subpoena on Example Social, Inc. ("Example"). Its Attachment A asks for "all documents" concerning the accounts, including "all billing information for any payment card".

II. DEFINITIONS

      As used in this Order and in the Subpoena:

      (a)   "Subpoena" means a subpoena directed to Example in substantially the form of Attachment A.

      (b)   "Subscriber Information" means, for each Subject Account: (i) the name of the
            Account Holder; (ii) every e-mail address associated with the account; and (iii) the
            name and billing address of the holder of any payment card associated with the
            account. "Subscriber Information" does not include any payment card number or card
            security code.

      (c)   "Log-in Records" means the IP addresses, with the dates and times, of each log-in
            to a Subject Account from August 1, 2024 through the date of the Subpoena.

      (d)   "Responsive Information" means documents sufficient to show the Subscriber
            Information and the Log-in Records. It does not mean all documents concerning
            them.

III. ORDER

      1.    The Application is GRANTED WITH MODIFICATIONS. Kumo may serve the Subpoena on Example. The Subpoena shall call only for Responsive Information.

      2.    Within fourteen (14) days of service of the Subpoena, Example shall notify each Account Holder.

      IT IS SO ORDERED.

Dated: February 10, 2024

MARY Q. LINDQVIST
United States Magistrate Judge
`
	o := Read(src).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.CardHolder, order.AccessLogs}, nil)
	for _, rq := range o.Requests {
		if rq.Standard != order.SufficientToShow {
			t.Errorf("request %d (%s): standard %q, want sufficient to show", rq.Number, rq.Text, rq.Standard)
		}
	}
	if !slices.Contains(o.ExcludedFields, order.CardNumber) || !slices.Contains(o.ExcludedFields, order.CardSecurityCode) {
		t.Errorf("excluded %v, want the card number and security code", o.ExcludedFields)
	}
}

// TestScheduleBesideTheProposal: a schedule may set the applicant's
// proposal in one column beside the court's order in another ("ORDERED BY
// THE COURT"): only the court's column has effect, and a cell of it that
// reads "As proposed." adopts the proposal's cell in its row.
func TestScheduleBesideTheProposal(t *testing.T) {
	text := conclusionWith(`Kumo may serve the proposed subpoena on Example on the schedule in the right-hand column of this table:

=============================================================================================
 Step                Applicant's proposed order            ORDERED BY THE COURT
                     -- NOT ADOPTED EXCEPT AS
                     STATED AT RIGHT
---------------------------------------------------------------------------------------------
 Notice to           Example to notify each account        Example shall notify each account
 account holder      holder within thirty (30) days of     holder within twenty-one (21)
                     service of the subpoena.              days of service of the subpoena.
---------------------------------------------------------------------------------------------
 Written objection   In the alternative, account holder    As proposed.
 to Example          may serve a written objection on
                     Example within twenty-one (21) days
                     of the date of notice.
---------------------------------------------------------------------------------------------
 Advising the        Example to advise the Court of any    Example shall advise the Court of
 Court               objection within fourteen (14) days   any objection within seven (7)
                     of receiving it.                      days of receiving it.
=============================================================================================
`)
	o := Read(text).Order
	for _, w := range []struct {
		act     order.Act
		days    int
		trigger order.Trigger
	}{{order.NotifyAccountHolders, 21, order.SubpoenaServed}, {order.ObjectInWriting, 21, order.NoticeGiven}, {order.AdviseCourt, 7, order.ObjectionReceived}} {
		c, ok := conditionOf(o, w.act)
		if !ok || c.Days != w.days || c.Trigger != w.trigger {
			t.Errorf("%s %+v (found %v), want %d days from %s", w.act, c, ok, w.days, w.trigger)
		}
	}
}

// TestScheduleOfCountsAndTriggers: a schedule may give each step's period
// as a bare count in one column ("30 days") and what it runs from in
// another ("Trigger (period runs from)": "Google's receipt of the
// subpoena"); a grant that makes the subpoena "proceed on the schedule in
// Part IV" makes the part the order's.
func TestScheduleOfCountsAndTriggers(t *testing.T) {
	discussion := `

IV.  SCHEDULE

     The subpoena shall proceed on the following schedule, which the Court orders.

+----+----------------------------------+--------------+-------------------------------------+
| #  | Event                            | Deadline     | Trigger (period runs from)          |
+----+----------------------------------+--------------+-------------------------------------+
| 1  | Example notifies the holder of   | 30 days      | Example's receipt of the subpoena   |
|    | the account, enclosing the       |              |                                     |
|    | subpoena                         |              |                                     |
+----+----------------------------------+--------------+-------------------------------------+
| 2  | Account holder may move in this  | 21 days      | the date on which notice is given   |
|    | Court to quash or modify the     |              | under row 1                         |
|    | subpoena                         |              |                                     |
+----+----------------------------------+--------------+-------------------------------------+
| 3  | Example advises the Court, by    | 14 days      | Example's receipt of an objection   |
|    | letter, of any written objection |              |                                     |
+----+----------------------------------+--------------+-------------------------------------+
`
	src := strings.Replace(draft{discussion: discussion, conclusion: "1. The application is GRANTED.\n\n2. The subpoena shall proceed on the schedule in Part IV."}.String(), "III. CONCLUSION", "V. CONCLUSION", 1)
	o := Read(src).Order
	for _, w := range []struct {
		act     order.Act
		days    int
		trigger order.Trigger
	}{{order.NotifyAccountHolders, 30, order.SubpoenaReceived}, {order.MoveToQuash, 21, order.NoticeGiven}, {order.AdviseCourt, 14, order.ObjectionReceived}} {
		c, ok := conditionOf(o, w.act)
		if !ok || c.Days != w.days || c.Trigger != w.trigger {
			t.Errorf("%s %+v (found %v), want %d days from %s", w.act, c, ok, w.days, w.trigger)
		}
	}
}

// TestTermsLeftToTheParties: an order that directs the parties to meet
// and confer on notice, the time to move to quash and the hold ("shall
// meet and confer, within fourteen (14) days of the date of this Order,
// regarding ... (b) the time within which the holder may move to quash or
// modify the subpoena") sets none of those terms: they are left unsettled.
func TestTermsLeftToTheParties(t *testing.T) {
	o := Read(conclusionWith(`Kumo and Example shall meet and confer, within fourteen (14) days of the date of this Order, regarding (a) the manner and timing of notice to the holder of the account, (b) the time within which the holder may move to quash or modify the subpoena or otherwise object, and (c) the treatment of the responsive information while any challenge is pending. Within twenty-one (21) days of the date of this Order, they shall file a joint letter attaching an agreed proposed order.`)).Order
	for _, act := range []order.Act{order.NotifyAccountHolders, order.MoveToQuash, order.ObjectInWriting, order.PreserveNotDisclose} {
		if c, ok := conditionOf(o, act); ok {
			t.Errorf("%s read from the topics of a conference: %+v", act, c)
		}
	}
}

// TestFootnoteCarriedOver: a footnote the order makes its own may run
// from one page's foot to the next, under the next page's rule with no
// number ("  deliver to Example a written objection ..."); the note after
// it ("4 Compare In re Brekke ... (excluding card numbers, expiration
// dates and security codes)") is another, no part of the order's terms.
func TestFootnoteCarriedOver(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF WASHINGTON

IN RE EX PARTE APPLICATION OF KUMO SHOJI K.K.        Case No. 2:24-mc-00064-ABC

ORDER GRANTING EX PARTE APPLICATION

Kumo Shoji K.K. applied under 28 U.S.C. § 1782 for leave to serve a subpoena on Example Social, Inc. ("Example"). The statutory requirements are met, and the Court grants the application on conditions.

IT IS ORDERED:

1. The application is GRANTED. Kumo may serve on Example a subpoena for documents sufficient to show the names and e-mail addresses of the holder of the account, and the name and billing address of the holder of any payment card associated with it.

2. The subpoena is subject to the protective procedure set out in footnote 3 of this Order, each term of which is incorporated into this Order.

______________________
3 The protective procedure is as follows. (a) Within twenty-one (21) days after service
of the subpoena, Example shall notify the holder of the account. (b) Instead of filing a
motion, the holder may, within fourteen (14) days from the date of the notice,

ORDER GRANTING EX PARTE APPLICATION - 3

Case 2:24-mc-00064-ABC   Document 12   Filed 08/25/24   Page 4 of 4

3. Kumo shall use the information obtained only in the proceedings in Japan.

IT IS SO ORDERED.

Dated: August 25, 2024

MARY Q. LINDQVIST
United States Magistrate Judge


______________________
  deliver to Example a written objection to the disclosure; Example shall advise the
  Court of any such objection within ten (10) days of receiving it.
4 Compare In re Brekke, No. 2:23-mc-00210 (W.D. Wash. Nov. 4, 2023) (excluding card
  numbers, expiration dates and security codes).

ORDER GRANTING EX PARTE APPLICATION - 4
`
	o := Read(src).Order
	if len(o.ExcludedFields) > 0 {
		t.Errorf("another court's exclusions read as this order's: %v", o.ExcludedFields)
	}
	if n, _ := conditionOf(o, order.NotifyAccountHolders); n.Days != 21 {
		t.Errorf("notice %+v, want 21 days", n)
	}
}

// TestProposedOrderModifiedByTheCourt: a proposed order the court signs
// with its own "MODIFICATIONS BY THE COURT" below it ("Paragraph 4 is
// modified to read: \"...\"", "Paragraph 5 is modified by replacing
// \"twenty-one (21) days\" with \"fourteen (14) days.\""): the court's
// words govern the proposed paragraphs they rewrite.
func TestProposedOrderModifiedByTheCourt(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
CENTRAL DISTRICT OF CALIFORNIA

IN RE EX PARTE APPLICATION OF KUMO SHOJI K.K.       Case No. 2:24-mc-00311-MQL

[PROPOSED] ORDER GRANTING EX PARTE APPLICATION

The Court, having considered the Application of Kumo Shoji K.K. ("Kumo"), IT IS HEREBY ORDERED that:

     1.   The Application is GRANTED.

     2.   Kumo may serve on Example Social, Inc. ("Example") a subpoena for all documents showing the names and e-mail addresses of the holder of the account.

     4.   Within thirty (30) days of service of the subpoena, Example shall notify the holder of the account.

     5.   Each account holder shall have twenty-one (21) days from the date of the notice to file a motion to quash or modify the subpoena.

                          MODIFICATIONS BY THE COURT

     The Court signs the proposed order subject to the following modifications, which control over any inconsistent language above:

     D.   Paragraph 4 is modified to read: "Within seven (7) days after service of this Order on Example, Example shall notify the holder of the account."

     E.   Paragraph 5 is modified by replacing "twenty-one (21) days" with "fourteen (14) days."

     IT IS SO ORDERED, AS MODIFIED.

Dated: August 25, 2024              MARY Q. LINDQVIST
                                    UNITED STATES MAGISTRATE JUDGE
`
	o := Read(src).Order
	n, _ := conditionOf(o, order.NotifyAccountHolders)
	m, _ := conditionOf(o, order.MoveToQuash)
	if n.Days != 7 || n.Trigger != order.OrderServed || m.Days != 14 {
		t.Errorf("notice %+v, motion %+v: want 7 days after service of the order, 14 to move", n, m)
	}
}

// TestTableOfWhatMayBeProduced: a table may set what may be produced in
// one column beside what may not in another ("MAY BE PRODUCED" | "MAY NOT
// BE PRODUCED"): the first column's cells are the requests allowed, the
// second's the categories refused and the card fields left out.
func TestTableOfWhatMayBeProduced(t *testing.T) {
	text := conclusionWith(`The subpoena shall seek only documents sufficient to show the information that the following table lists as "MAY BE PRODUCED," and shall not seek anything that the table lists as "MAY NOT BE PRODUCED."

  +==================================================+==================================================+
  | MAY BE PRODUCED                                  | MAY NOT BE PRODUCED                              |
  +==================================================+==================================================+
  | (a) E-mail addresses associated with the         | (a) The number of any payment card, its          |
  |     account, including any previous or verified  |     expiration date and its security code        |
  |     address                                      |                                                  |
  +--------------------------------------------------+--------------------------------------------------+
  | (b) Telephone numbers associated with the        | (b) The content of any direct message or voice   |
  |     account                                      |     communication                                |
  +--------------------------------------------------+--------------------------------------------------+
  | (c) The name and billing address of the holder   |                                                  |
  |     of any payment card used on the account      |                                                  |
  +--------------------------------------------------+--------------------------------------------------+
`)
	o := Read(text).Order
	checkScope(t, o, []order.Category{order.Emails, order.Phones, order.CardHolder}, nil)
	want := []order.Field{order.CardNumber, order.CardExpiration, order.CardSecurityCode}
	got := slices.Clone(o.ExcludedFields)
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("excluded %v, want %v", got, want)
	}
}

// TestStipulationAdoptedByOrderingClause: "IT IS FURTHER ORDERED adopting
// the Stipulation ... (Doc. 7), a copy of which is attached to this Order
// as Exhibit A", a court's way of ordering by participle, adopts the
// stipulation that follows the signature under its own exhibit heading
// and caption; its terms begin where the parties, named in full with
// their roles, stipulate, though their names run over a line and carry
// the full stops of "Inc.".
func TestStipulationAdoptedByOrderingClause(t *testing.T) {
	src := `                     IN THE UNITED STATES DISTRICT COURT
                         FOR THE DISTRICT OF ARIZONA

In re Application of Kumo Shoji K.K.            No. MC-24-00001-PHX-ABC

ORDER

Kumo Shoji K.K. ("Kumo") applies under 28 U.S.C. § 1782 for leave to serve a subpoena on Example Social, Inc. ("Example"). The application proposed that Example give notice within ten (10) days. The parties have since filed a Stipulation (Doc. 7).

The statutory requirements are met and the Intel factors favor discovery. The Court has reviewed each term of the Stipulation and adopts it without modification.

        Accordingly,

        IT IS ORDERED granting the Ex Parte Application (Doc. 1).

        IT IS FURTHER ORDERED adopting the Stipulation Regarding Subpoena to Example Social,
Inc. (Doc. 7), a copy of which is attached to this Order as Exhibit A. The terms of the
Stipulation are incorporated in this Order as though fully set forth here.

        Dated this 3rd day of June, 2024.

                                            Honorable Mary Q. Lindqvist
                                            United States District Judge



                                  EXHIBIT A



Hana Oda (AZ Bar No. 012345)
HALVERSON ODA LLP
Attorneys for Applicant Kumo Shoji K.K.

                     IN THE UNITED STATES DISTRICT COURT
                         FOR THE DISTRICT OF ARIZONA

In re Application of Kumo Shoji K.K.            No. MC-24-00001-PHX-ABC
                                                STIPULATION REGARDING
                                                SUBPOENA TO EXAMPLE SOCIAL, INC.

        Applicant Kumo Shoji K.K. ("Kumo") and Respondent Example Social, Inc.
("Example") stipulate as follows and ask the Court to adopt this Stipulation as an order
of the Court:

        1.    Scope. The Subpoena requests documents sufficient to show the following
information for the account through which the page was registered (the "Account"):

        (a)   the names of the holder of the Account; and

        (b)   all e-mail addresses associated with the Account.

        2.    Notice. Within thirty (30) days of service of the Subpoena, Example shall
notify the account holder.

        3.    Motion to Quash. The account holder may, within thirty (30) days from the date of
Example's notice, file a motion to quash or modify the Subpoena.

        4.    Use. Kumo shall use the information produced solely for the proceeding in Japan.

        IT IS SO STIPULATED.

Dated: May 20, 2024
`
	o := Read(src).Order
	n, _ := conditionOf(o, order.NotifyAccountHolders)
	m, _ := conditionOf(o, order.MoveToQuash)
	if n.Days != 30 || n.Trigger != order.SubpoenaServed || m.Days != 30 || m.Trigger != order.NoticeGiven {
		t.Errorf("notice %+v, motion %+v: want 30 days after service, 30 after the notice", n, m)
	}
	if o.UseRestriction.Text == "" {
		t.Error("use not restricted, want the stipulation's use limit")
	}
	checkScope(t, o, []order.Category{order.Names, order.Emails}, nil)
}

// TestStipulationItemStruck: a stipulation's numbered paragraphs, one of
// which tells what the subpoena will request and lists it below, item by
// item on lines of their own ("2. The subpoena will request ... the
// following ...:" then "(a)", "(b)", "(c)"): the requests are those items,
// not the stipulation's paragraphs, so that "Paragraph 2(c) is STRUCK"
// strikes the third.
func TestStipulationItemStruck(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

IN RE EX PARTE APPLICATION OF KUMO SHOJI K.K.

Case No. 24-mc-80001-ABC

ORDER GRANTING APPLICATION AND APPROVING STIPULATION AS MODIFIED

Kumo Shoji K.K. ("Kumo") applied under 28 U.S.C. § 1782 for leave to serve a subpoena on Example Social, Inc. ("Example"). The statutory requirements are met and the Intel factors favor the application, but the files stored in the account are contents the Stored Communications Act protects.

1. The application (Dkt. No. 1) is GRANTED.

2. The stipulation (Dkt. No. 12), attached as Exhibit 1, is APPROVED and adopted as an order of the Court, as modified below:

   a. Paragraph 2(c) is STRUCK.

IT IS SO ORDERED.

Dated: June 3, 2024

MARY Q. LINDQVIST
United States Magistrate Judge

UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

IN RE EX PARTE APPLICATION OF KUMO SHOJI K.K.      Case No. 24-mc-80001-ABC

STIPULATION REGARDING SUBPOENA TO EXAMPLE SOCIAL, INC.

Applicant Kumo Shoji K.K. ("Applicant") and non-party Example Social, Inc.
("Example") stipulate as follows and ask the Court to enter this stipulation as an order:

1. Example accepts service of the subpoena by e-mail to its counsel.

2. The subpoena will request documents sufficient to show the following for the account
(the "Account"):

   (a) the name associated with the Account;

   (b) the e-mail addresses associated with the Account; and

   (c) the files stored in the Account.

3. Example will notify the Account holder within fourteen (14) days after it is served with the subpoena.

4. The Account holder may file a motion to quash or modify the subpoena within twenty-one (21) days of the date of the notice.

IT IS SO STIPULATED.

Dated: May 20, 2024          HALVERSON ODA LLP, By: /s/ Mina Oda, Attorneys for Kumo
`
	o := Read(src).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails}, []order.Category{order.Content})
	n, _ := conditionOf(o, order.NotifyAccountHolders)
	if n.Days != 14 || n.Trigger != order.SubpoenaServed {
		t.Errorf("notice %+v: want 14 days after service", n)
	}
}

// TestEndorsedJointLetterHeadedTerms: a joint letter whose stipulated terms
// stand under a heading of their own ("II. Stipulated Terms"), lettered
// "(a)" on, the first holding the subpoena's scope, and an endorsement
// that so orders "paragraphs (a) through (e) of Part II above": those
// paragraphs are the order's terms, and what the letter says the
// application first proposed ("all documents concerning" six categories,
// ten days' notice) is none.
func TestEndorsedJointLetterHeadedTerms(t *testing.T) {
	src := `                                                   MEMO ENDORSED

HARROW & VANCE LLP
55 Water Street
New York, New York 10041
                                                   March 3, 2024
Hon. Daniel R. Okafor
United States District Judge

      Re:   In re Application of Kumo Shoji K.K., No. 24-mc-1207 (DRO)

Dear Judge Okafor:

      We write jointly with counsel for non-party Example Social, Inc. ("Example").
The parties have agreed on the terms set out in Part II below.

I.  Background

      The application (ECF No. 1) sought "all documents concerning" six categories
of information: (1) names; (2) e-mail addresses; (3) telephone numbers; (4) the
account's creation; (5) log-in IP addresses; and (6) billing information. The
proposed order would have required Example to notify the account holder within
ten (10) days of service of the subpoena. Those proposals are superseded.

II.  Stipulated Terms

      (a)  Scope. The subpoena will call for documents sufficient to show the
           following information for the account @kumo_fake:
             (1) the name(s) provided by the account holder; and
             (2) the e-mail address(es) associated with the account.

      (b)  Notice. Within twenty-one (21) days after it is served with the
           subpoena, Example will notify the account holder.

      (c)  Motion to quash. The account holder may move to quash or modify the
           subpoena within thirty (30) days after the date of Example's notice.

      (d)  Preservation. Example will preserve the information called for by the
           subpoena and will not produce any of it until the Court has resolved
           a timely motion.

      (e)  Use. Information produced will be used solely in the proceedings in
           Japan described above.

                                         Respectfully submitted,

                                         /s/ Helen Vance
                                         Helen Vance

---------------------------------------------------------------------------

Application GRANTED. The stipulated terms set out in paragraphs (a) through (e)
of Part II above are SO ORDERED and shall govern the subpoena.

SO ORDERED.
                         Daniel R. Okafor, U.S.D.J.
Dated: March 5, 2024
`
	o := Read(src).Order
	n, _ := conditionOf(o, order.NotifyAccountHolders)
	m, _ := conditionOf(o, order.MoveToQuash)
	if n.Days != 21 || n.Trigger != order.SubpoenaServed || m.Days != 30 || m.Trigger != order.NoticeGiven {
		t.Errorf("notice %+v, motion %+v: want 21 days after service, 30 after the notice", n, m)
	}
	if o.UseRestriction.Text == "" {
		t.Error("use not restricted, want the stipulated use limit")
	}
	for _, rq := range o.Requests {
		if rq.Standard != order.SufficientToShow {
			t.Errorf("request %d standard %q, want sufficient to show", rq.Number, rq.Standard)
		}
	}
	checkScope(t, o, []order.Category{order.Names, order.Emails}, nil)
}

// TestProviderOfTheOperativePart: an order on a second subpoena recites
// the first, to another platform, in its introduction ("On May 11, the
// Court granted leave to serve a subpoena on Other Mail Corporation"):
// the platform is the one its operative part lets the applicant serve.
func TestProviderOfTheOperativePart(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF WASHINGTON

IN RE APPLICATION OF KUMO SHOJI K.K.        Case No. 2:24-mc-00051-ABC

ORDER GRANTING SUPPLEMENTAL APPLICATION

Kumo Shoji K.K. asks for leave to serve a second subpoena, this time on Example Social, Inc.
("Example"). On May 11, 2024, the Court granted Kumo leave to serve a subpoena on
Other Mail Corporation. The supplemental application is GRANTED.

IT IS ORDERED:

1. Kumo may serve on Example Social, Inc. a subpoena for documents sufficient to show the
names of the holders of the accounts.

2. The order of May 11, 2024 remains in effect as to the subpoena to Other Mail Corporation.

Dated: June 3, 2024
MARY Q. LINDQVIST, United States District Judge
`
	if p := Read(src).Order.Provider; p != "Example Social, Inc." {
		t.Errorf("provider %q, want Example Social, Inc.", p)
	}
}

// TestRulingsTableByReference: a table of rulings whose request cells only
// refer to the requests listed earlier ("The information described in
// Request 4"), its header repeated after a page break: each row rules on
// the request it names.
func TestRulingsTableByReference(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

IN RE EX PARTE APPLICATION OF KUMO SHOJI K.K.      Case No. 5:24-mc-80173-ABC

ORDER GRANTING IN PART APPLICATION

Kumo Shoji K.K. ("Kumo") asks for leave to serve a subpoena on Example Social, Inc. ("Example"). Attachment A makes three requests:

      Request 1. The name(s) and postal address(es) registered to the account.

      Request 2. The IP addresses, with the dates and times, of each log-in to the account.

      Request 3. Any device identifiers associated with the account.

Device identifiers add nothing to the log-in records.

 IV.  CONCLUSION

      The application is GRANTED IN PART and DENIED IN PART. The Court rules on the requests as follows:

      REQUEST                                          RULING
      ----------------------------------------------   -------------------------------------
      The information described in Request 1           GRANTED.

      The information described in Request 2           GRANTED.

------------------------------------------------------------------------------------------------
Case 5:24-mc-80173-ABC     Document 9     Filed 06/03/24     Page 4 of 4

      REQUEST                                          RULING
      ----------------------------------------------   -------------------------------------
      The information described in Request 3           DENIED.

      Example shall, within fourteen (14) days of being served with the subpoena, notify the holder of the account.

      IT IS SO ORDERED.

 Dated: June 3, 2024
                                              MARY Q. LINDQVIST
                                              United States Magistrate Judge
`
	o := Read(src).Order
	checkScope(t, o, []order.Category{order.Names, order.Addresses, order.AccessLogs}, []order.Category{order.DeviceIDs})
}

// TestRequestAuthorizedOnlyAsTo: "Request No. 2 is authorized only as to
// the name and billing address of the holder of any payment card ...;
// the remainder of Request No. 2 is denied": the request keeps what the
// order names, and only the rest of it (the other payment accounts) is
// denied.
func TestRequestAuthorizedOnlyAsTo(t *testing.T) {
	o := Read(draft{
		requests:   "The subpoena asks Example for documents sufficient to show, for the account: (1) the holder's name and e-mail address; (2) payment information, namely the name and billing address associated with any payment card, and any PayPal or other account, used to pay for the account; and (3) the IP addresses of each log-in to the account.",
		conclusion: "The application is GRANTED IN PART and DENIED IN PART. Kumo may serve on Example the subpoena, limited as follows: Requests No. 1 and 3 are authorized as written. Request No. 2 is authorized only as to the name and billing address of the holder of any payment card used to pay for the account, and Example shall not produce the card number, expiration date or security code; the remainder of Request No. 2 is denied.",
	}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.CardHolder, order.AccessLogs}, []order.Category{order.OtherPayment})
	got := slices.Clone(o.ExcludedFields)
	slices.Sort(got)
	if want := []order.Field{order.CardExpiration, order.CardNumber, order.CardSecurityCode}; !slices.Equal(got, want) {
		t.Errorf("excluded %v, want %v", got, want)
	}
}

// TestAnnexedOrderParagraphModified: an order that incorporates paragraphs
// of an earlier order annexed to it as Exhibit 1, "except that paragraph 7
// of the March Order is modified to read: \"...\"": the paragraph as the
// court rewrites it is the order's, not the annexed order's paragraph 7.
func TestAnnexedOrderParagraphModified(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK

IN RE APPLICATION OF KUMO SHOJI K.K.                  24-mc-0317 (ABC)

ORDER

Kumo asks that the procedure of the Court's March Order in No. 24-mc-0091 govern this subpoena. The accounts here belong to different people, so one holder's challenge should not delay production about the others.

It is hereby ORDERED that:

1. The application is GRANTED.

2. Paragraphs 4 through 7 of the March Order (Exhibit 1) are incorporated into this Order, except that paragraph 7 of the March Order is modified to read: "Example shall preserve the information responsive to the subpoena. If the holder of an Account files a motion, Example shall not produce the information concerning that Account until the motion has been resolved, but may produce the information concerning the other Accounts."

SO ORDERED.

Dated: June 3, 2024
MARY Q. LINDQVIST, United States District Judge

EXHIBIT 1

UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK

IN RE APPLICATION OF KUMO SHOJI K.K.                  24-mc-0091 (ABC)

ORDER

It is therefore ORDERED that:

1. The application is GRANTED.

4. Within ten (10) days of service of the subpoena, Example shall notify the holder of each Account.

5. The holder of an Account may, within twenty-one (21) days of the date of that notice, move to quash or modify the subpoena.

6. Example shall serve a copy of this Order with the notice.

7. Example shall preserve the information responsive to the subpoena. If a motion is filed, Example shall not produce any information in response to the subpoena until the motion has been resolved.

SO ORDERED.

Dated: March 2, 2024
MARY Q. LINDQVIST, United States District Judge
`
	o := Read(src).Order
	h, ok := conditionOf(o, order.PreserveNotDisclose)
	if !ok || h.Scope != order.ObjectorAccounts {
		t.Errorf("hold %+v, want the objecting holder's account only", h)
	}
}

// TestEarlierOrderKeptInForce: an order on a motion made after the
// application was granted (to quash, to clarify, to release) recites the
// earlier order's terms and keeps it "in full force and effect": the
// recited terms are then this order's too, changed only where its own
// words change them. The alternative terms a party asked for and the
// court declined are none.
func TestEarlierOrderKeptInForce(t *testing.T) {
	order1 := func(keep string) string {
		return `UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK

In re Application of KUMO SHOJI K.K.                     24-mc-231 (ABC)

OPINION AND ORDER

     On February 9, 2024, the Court granted Kumo's application for leave to serve a subpoena on Example Social, Inc. ("Example"). (ECF No. 6 (the "February 9 Order").) The account holder now moves to quash. For the following reasons, the motion is DENIED.

                                  BACKGROUND

     The February 9 Order authorized a subpoena seeking documents sufficient to show the
following for the account: the names of the account holder; the e-mail addresses registered
to the account; and the IP addresses, with dates and times, of each log-in. (February 9 Order
¶ 1.) It imposed these conditions:

     ¶ 2  Example shall notify the account holder of the subpoena within ten (10) days after
          receiving it.
     ¶ 3  The account holder shall have twenty-one (21) days from the date of the notice to
          move to quash or modify the subpoena.
     ¶ 4  If such a motion is filed, Example shall preserve the information sought and shall
          not produce any of it until the Court rules on the motion.
     ¶ 5  Information produced shall be used solely in the Tokyo action.

(Id. ¶¶ 2-5.) Example notified the holder, who moved to quash in time.

                                  DISCUSSION

     The account holder asks in the alternative that Example give thirty (30) days' notice of
any future subpoena. The Court declines.

                                  CONCLUSION

     For the foregoing reasons, it is hereby ORDERED that:

     1. The account holder's motion to quash (ECF No. 12) is DENIED.

     2. ` + keep + `

SO ORDERED.

Dated: April 28, 2024
                                        MARY Q. LINDQVIST
                                        United States Magistrate Judge
`
	}
	tests := []struct {
		name, keep string
		notice     int
	}{
		{"kept in all respects", "The February 9 Order remains in full force and effect in all respects.", 10},
		{"kept, one term changed", "The February 9 Order remains in full force and effect, except that Example shall notify any other account holder within fourteen (14) days after receiving a subpoena.", 14},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Read(order1(tt.keep)).Order
			n, _ := conditionOf(o, order.NotifyAccountHolders)
			m, _ := conditionOf(o, order.MoveToQuash)
			if n.Days != tt.notice || n.Trigger != order.SubpoenaReceived || m.Days != 21 || m.Trigger != order.NoticeGiven {
				t.Errorf("notice %+v, motion %+v: want %d days after receipt, 21 after the notice", n, m, tt.notice)
			}
			if h, ok := conditionOf(o, order.PreserveNotDisclose); !ok || h.Scope != order.WholeSubpoena {
				t.Errorf("hold %+v, want the whole subpoena", h)
			}
			if o.UseRestriction.Text == "" {
				t.Error("use not restricted, want the February 9 Order's use limit")
			}
			checkScope(t, o, []order.Category{order.Names, order.Emails, order.AccessLogs}, nil)
		})
	}
}

// TestEarlierOrderKeptInForceOtherWords: the earlier order kept in force
// in other words ("All other provisions of the Order remain in effect",
// "the June 3 Order, including its provisions on notice, ..., remains in
// effect"), its terms recited in a block a paragraph introduces ("The
// Order then provided:", "Its decretal paragraphs read in relevant
// part:").
func TestEarlierOrderKeptInForceOtherWords(t *testing.T) {
	doc := func(name, intro, keep string) string {
		return `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

IN RE APPLICATION OF KUMO SHOJI K.K.          Case No. 4:24-mc-80001-ABC

ORDER GRANTING MOTION FOR PARTIAL RELEASE

     On June 2, 2024, the Court granted Kumo's application for leave to serve a subpoena on
Example Social, Inc. ("Example"). Dkt. No. 8 ("` + name + `"). The ` + name + ` found that the statutory
requirements were met and granted the application. ` + intro + `

          (a)  Example shall notify each user within fourteen (14) days after receiving the
               subpoena.
          (b)  Each user shall have twenty-one (21) days from the date of notice to file any
               motion to quash or modify the subpoena.
          (c)  Kumo may use the information produced only in the proceedings in Japan.

Order at 6-7.

     One user has moved to quash; Kumo asks that the other users' information be produced.

     IT IS ORDERED:

     1.   Example shall produce the information concerning the users who have not moved.

     2.   ` + keep + `

     IT IS SO ORDERED.

Dated: August 3, 2024
MARY Q. LINDQVIST, United States Magistrate Judge
`
	}
	tests := []struct{ name, order, intro, keep string }{
		{"all other provisions of the Order", "Order", "The Order then provided:", "All other provisions of the Order remain in effect."},
		{"named by its month alone", "June Order", "The June Order granted the application as proposed and set the following terms:", "In all other respects the June Order remains in effect."},
		{"set the following terms; in all other respects it remains in effect", "June 2 Order", "The June 2 Order granted the application as proposed and set the following terms:", "In all other respects the June 2 Order remains in effect."},
		{"including its provisions", "June 2 Order", "Its decretal paragraphs read in relevant part:", "The June 2 Order, including its provisions on notice, motions and use, remains in effect except as modified by paragraph 1."},
		{"the Order not modified, all of its terms in force", "June 2 Order", "The June 2 Order provided, in relevant part:", "The motion to quash (Dkt. No. 12) is DENIED. The June 2 Order is not modified. All of its terms, including paragraphs (a) through (c) quoted above, remain in full force."},
		{"its paragraphs incorporated, in these terms", "June 2 Order", "It then set out a procedure for notice and challenges, in these terms:", "Paragraphs (a) through (c) of the June 2 Order (Dkt. No. 8), quoted above, are incorporated by reference and shall govern the subpoena. The June 2 Order remains in effect as to the subpoena to Other Mail Corporation."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Read(doc(tt.order, tt.intro, tt.keep)).Order
			n, _ := conditionOf(o, order.NotifyAccountHolders)
			m, _ := conditionOf(o, order.MoveToQuash)
			if n.Days != 14 || n.Trigger != order.SubpoenaReceived || m.Days != 21 || m.Trigger != order.NoticeGiven {
				t.Errorf("notice %+v, motion %+v: want 14 days after receipt, 21 after the notice", n, m)
			}
			if o.UseRestriction.Text == "" {
				t.Error("use not restricted, want the earlier order's use limit")
			}
		})
	}
	// A page's break inside a recited paragraph, its blank lines left in
	// the middle of a sentence: the block goes on after them.
	t.Run("a page's break inside the block", func(t *testing.T) {
		src := strings.Replace(doc("June 2 Order", "The June 2 Order granted the application as proposed and set the following terms:", "In all other respects the June 2 Order remains in effect."), "to file any\n", "to file any\n\n\n\n", 1)
		o := Read(src).Order
		if m, _ := conditionOf(o, order.MoveToQuash); m.Days != 21 || m.Trigger != order.NoticeGiven || o.UseRestriction.Text == "" {
			t.Errorf("motion %+v, use %q: want 21 days after the notice, and the use limit", m, o.UseRestriction.Text)
		}
	})
}

// TestFooterBlockOfTitleAndNumber: W.D. Wash. prints at each page's foot
// the order's title, its number and the page ("ORDER" / "MC24-0044-ABC" /
// "PAGE - 3"): a footer, no heading of the order, though its title stands
// alone on its line after the operative part.
func TestFooterBlockOfTitleAndNumber(t *testing.T) {
	src := `                           UNITED STATES DISTRICT COURT
                          WESTERN DISTRICT OF WASHINGTON

      IN RE EX PARTE APPLICATION OF                    CASE NO. MC24-0044-ABC
      KUMO SHOJI K.K.                                  ORDER GRANTING APPLICATION

           Kumo Shoji K.K. applies for leave to serve a subpoena on Example Social, Inc.
      ("Example"). The application proposed thirty (30) days' notice.

      ORDER
      MC24-0044-ABC
      PAGE - 1

      III.  CONCLUSION

           For the foregoing reasons, the Court ORDERS as follows:

           1.   The application (Dkt. No. 1) is GRANTED.

      ORDER
      MC24-0044-ABC
      PAGE - 2

           2.   Within fourteen (14) days after Example is served with the subpoena, Example
      shall notify the holder of each account.

           Dated: April 21st, 2024.

                                                     A
                                                     Mary Q. Lindqvist
                                                     UNITED STATES DISTRICT JUDGE

      ORDER
      MC24-0044-ABC
      PAGE - 3
`
	o := Read(src).Order
	n, _ := conditionOf(o, order.NotifyAccountHolders)
	if n.Days != 14 || n.Trigger != order.SubpoenaServed {
		t.Errorf("notice %+v, want 14 days after service", n)
	}
	if o.Judge != "Mary Q. Lindqvist" {
		t.Errorf("judge %q, want Mary Q. Lindqvist", o.Judge)
	}
}

// TestStipulationApprovedByItsTitle: "The Stipulation Regarding Subpoena
// to Example Social, Inc. (Dkt. No. 11), a copy of which is attached as
// Exhibit A, is APPROVED": the stipulation named by its title, with the
// full stop of "Inc.", is adopted, and its terms, after the order's
// signature, are the order's.
func TestStipulationApprovedByItsTitle(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

IN RE EX PARTE APPLICATION OF KUMO SHOJI K.K.     Case No. 3:24-mc-80133-ABC

ORDER GRANTING APPLICATION

Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc. ("Example"). The statutory requirements are met and the Intel factors favor discovery.

IV.   ORDER

      1.  The ex parte application (Dkt. No. 1) is GRANTED.

      2.  The Stipulation Regarding Subpoena to Example Social, Inc. (Dkt. No. 11), a copy of which
is attached as Exhibit A, is APPROVED. Its terms are incorporated into this Order.

      IT IS SO ORDERED.

Dated: May 19, 2024
                                        MARY Q. LINDQVIST
                                        United States Magistrate Judge

                                  EXHIBIT A

                       UNITED STATES DISTRICT COURT
                      NORTHERN DISTRICT OF CALIFORNIA

IN RE EX PARTE APPLICATION OF KUMO SHOJI K.K.     Case No. 3:24-mc-80133-ABC
                                           STIPULATION REGARDING SUBPOENA TO
                                           EXAMPLE SOCIAL, INC. AND [PROPOSED] ORDER

      Applicant Kumo Shoji K.K. ("Applicant") and non-party Example Social, Inc.
("Example"), through their counsel, stipulate as follows:

      1.  Scope. The subpoena shall seek only documents sufficient to show the
following for the account:
          (a) the name(s) provided for the account; and
          (b) the email address(es) associated with the account.

      2.  Notice. Within fourteen (14) days after Example receives the subpoena, Example shall
notify the holder of the account.

      3.  Motion. The account holder may file a motion to quash or modify the
subpoena within twenty-one (21) days after the date of Example's notice.

      IT IS SO STIPULATED.

Dated: May 11, 2024                     /s/ Hana Oda
`
	o := Read(src).Order
	n, _ := conditionOf(o, order.NotifyAccountHolders)
	m, _ := conditionOf(o, order.MoveToQuash)
	if n.Days != 14 || n.Trigger != order.SubpoenaReceived || m.Days != 21 || m.Trigger != order.NoticeGiven {
		t.Errorf("notice %+v, motion %+v: want 14 days after receipt, 21 after the notice", n, m)
	}
	checkScope(t, o, []order.Category{order.Names, order.Emails}, nil)
}

// TestInterlineations: a proposed order the court changed by hand before
// signing it, in a text rendering that marks the words struck through
// ("[struck: ...]") and those written in ("[inserted by the Court: ...]"):
// the order reads as the court left it, though a change opens a line, and
// what a struck item sought is refused.
func TestInterlineations(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF WASHINGTON

IN RE APPLICATION OF KUMO SHOJI K.K.          CASE NO. 2:24-mc-00031-ABC
                                              STIPULATED ORDER GRANTING
                                              § 1782 APPLICATION

[Rendering note: words the Court struck through appear as "[struck: ...]", and
words it wrote in as "[inserted by the Court: ...]".]

     Applicant Kumo Shoji K.K. ("Kumo") and non-party Example Social, Inc.
("Example"), by their counsel, stipulate and agree as follows.

     WHEREAS Kumo applied under 28 U.S.C. § 1782 for leave to serve a subpoena on
Example to learn who holds the account that defamed it in Japan; and

     WHEREAS Example does not oppose the application on the terms below;

     NOW, THEREFORE, the parties stipulate to, and respectfully request that the Court
enter, the following order:

                                     ORDER

     1.  The Application (Dkt. No. 1) is GRANTED [inserted by the Court: as modified
below].

     2.  Kumo may serve on Example a subpoena seeking [struck: all documents
concerning] [inserted by the Court: documents sufficient to show] the following
information for the Account:

         (a)  the name(s) registered to the Account;

         (b)  the email address(es) associated with the Account; and

         [struck: (c)  the content of all messages sent by the Account.]

     3.  Example shall notify the holder of the Account within [struck: thirty (30) days of receiving]
[inserted by the Court: fourteen (14) days of being served with] the subpoena.

     4.  The Account holder may move to quash or modify the subpoena within
[struck: fourteen (14)] [inserted by the Court: twenty-one (21)] days after the date of
Example's notice.

     PURSUANT TO STIPULATION, IT IS SO ORDERED [inserted by the Court: as modified].

     DATED this 9th day of March, 2024.

                                        Mary Q. Lindqvist
                                        United States District Judge
`
	o := Read(src).Order
	n, _ := conditionOf(o, order.NotifyAccountHolders)
	m, _ := conditionOf(o, order.MoveToQuash)
	if n.Days != 14 || n.Trigger != order.SubpoenaServed || m.Days != 21 || m.Trigger != order.NoticeGiven {
		t.Errorf("notice %+v, motion %+v: want 14 days after service, 21 after the notice", n, m)
	}
	for _, rq := range o.Requests {
		if rq.Standard != order.SufficientToShow {
			t.Errorf("request %d standard %q, want sufficient to show", rq.Number, rq.Standard)
		}
	}
	// The item the court struck is a category struck: refused, as a
	// request the court strikes is.
	checkScope(t, o, []order.Category{order.Names, order.Emails}, []order.Category{order.Content})
}

// TestKeyMarkFirst: a scan's key that gives each mark first and what it
// means after ("~~...~~ = typed text struck through by hand; {{...}} =
// handwritten insertion"): the braces are the judge's words written in,
// not words struck, though "struck" comes before them in the key.
func TestKeyMarkFirst(t *testing.T) {
	src := `[Key: ~~...~~ = typed text struck through by hand on the original;
      {{...}} = handwritten insertion; (margin: ...) = handwritten note in the margin]

                       UNITED STATES DISTRICT COURT
                      WESTERN DISTRICT OF WASHINGTON

 IN RE EX PARTE APPLICATION OF KUMO SHOJI        No. 2:24-mc-00031-ABC
 K.K.                                            ~~[PROPOSED]~~ ORDER GRANTING
                                                 APPLICATION {{AS MODIFIED}}

       Accordingly, IT IS HEREBY ORDERED:

       1.   The Application is GRANTED {{as modified below. — ABC}}

       2.   Kumo may serve on Example Social, Inc. a subpoena ~~seeking all documents
 concerning~~ {{limited to documents sufficient to show}} the following information
 for the Account:

            (a)  the names of the account holder;

            (b)  the e-mail addresses registered to the Account.

       3.   Example shall notify the holder of the Account within ~~thirty (30)~~
 {{twenty-one (21)}} days of service of the subpoena.

       DATED this {{9th}} day of {{March}}, 2024.

                                        The Honorable Mary Q. Lindqvist
                                        United States Magistrate Judge
`
	o := Read(src).Order
	if n, _ := conditionOf(o, order.NotifyAccountHolders); n.Days != 21 || n.Trigger != order.SubpoenaServed {
		t.Errorf("notice %+v: want 21 days after service", n)
	}
	if o.Disposition != order.GrantedWithModifications {
		t.Errorf("disposition %q, want granted with modifications", o.Disposition)
	}
	for _, rq := range o.Requests {
		if rq.Standard != order.SufficientToShow {
			t.Errorf("request %d standard %q, want sufficient to show", rq.Number, rq.Standard)
		}
	}
	checkScope(t, o, []order.Category{order.Names, order.Emails}, nil)
	t.Run("the key's marks around the word text, their meaning after a gap", func(t *testing.T) {
		keyed := strings.Replace(src, `[Key: ~~...~~ = typed text struck through by hand on the original;
      {{...}} = handwritten insertion; (margin: ...) = handwritten note in the margin]`, ` Key to marks:
   ~~text~~      typed text struck through by hand (single ink line)
   {{text}}      handwritten insertion (placed where the caret points)
   [initials]    handwritten initials in the margin`, 1)
		o := Read(keyed).Order
		if n, _ := conditionOf(o, order.NotifyAccountHolders); n.Days != 21 {
			t.Errorf("notice %+v: want 21 days", n)
		}
		checkScope(t, o, []order.Category{order.Names, order.Emails}, nil)
	})
}

// TestKeyMarksBetween: a key that names each mark's opening and closing
// ("text the Court struck appears between [- and -], and text the Court
// added appears between {+ and +}"): what is struck is no part of the
// order, what is added is, the marks are not words.
func TestKeyMarksBetween(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF NEW YORK

In re Application of KUMO SHOJI K.K.              Misc. No. 24-MC-347 (ABC)

NOTE OF THE COURT: The Court has entered the Applicant's proposed order with
handwritten interlineations. For the electronic record, text the Court struck appears between
[- and -], and text the Court added appears between {+ and +}. Struck text is not part of
this Order.

[-[PROPOSED]-] ORDER GRANTING {+AS MODIFIED+} EX PARTE APPLICATION

        IT IS HEREBY ORDERED that:

        1.  The Application is GRANTED {+as modified herein+}.

        2.  Kumo is authorized to serve a subpoena on Example Social, Inc. seeking [-all documents
concerning-] {+documents sufficient to show+} the following information for the Account:

            (a)  the name of the holder of the Account;
            (b)  each email address associated with the Account[-; and-]{+.+}
            [-(c)  all device identifiers for any device used to access the Account.-]

        3.  Example shall, within [-seven (7)-] {+fourteen (14)+} days of service of the
subpoena, notify the holder of the Account.

SO ORDERED.

Dated: Brooklyn, New York
       [-_______________, 2024-] {+June 17, 2024+}

                                            {+/s/ Mary Q. Lindqvist+}
                                            {+MARY Q. LINDQVIST
                                            United States Magistrate Judge+}
`
	o := Read(src).Order
	if n, _ := conditionOf(o, order.NotifyAccountHolders); n.Days != 14 || n.Trigger != order.SubpoenaServed {
		t.Errorf("notice %+v: want 14 days after service", n)
	}
	if o.Date.String() != "2024-06-17" {
		t.Errorf("date %s, want 2024-06-17", o.Date)
	}
	for _, rq := range o.Requests {
		if rq.Standard != order.SufficientToShow {
			t.Errorf("request %d standard %q, want sufficient to show", rq.Number, rq.Standard)
		}
	}
	checkScope(t, o, []order.Category{order.Names, order.Emails}, []order.Category{order.DeviceIDs})
	t.Run("text between the marks, then what was done to it", func(t *testing.T) {
		keyed := strings.Replace(src, `For the electronic record, text the Court struck appears between
[- and -], and text the Court added appears between {+ and +}. Struck text is not part of
this Order.`, `Text between [- and -] was struck by the Court and is NOT part of the order. Text
between {+ and +} was added by the Court.`, 1)
		o := Read(keyed).Order
		if n, _ := conditionOf(o, order.NotifyAccountHolders); n.Days != 14 || n.Trigger != order.SubpoenaServed {
			t.Errorf("notice %+v: want 14 days after service", n)
		}
		checkScope(t, o, []order.Category{order.Names, order.Emails}, []order.Category{order.DeviceIDs})
	})
	t.Run("the key gives each mark first, then what it encloses", func(t *testing.T) {
		keyed := strings.Replace(src, `For the electronic record, text the Court struck appears between
[- and -], and text the Court added appears between {+ and +}. Struck text is not part of
this Order.`, `Key to the marks in this Order:
     [- ... -]   encloses text the Court struck out;
     {+ ... +}   encloses text the Court added.`, 1)
		o := Read(keyed).Order
		if n, _ := conditionOf(o, order.NotifyAccountHolders); n.Days != 14 {
			t.Errorf("notice %+v: want 14 days", n)
		}
		checkScope(t, o, []order.Category{order.Names, order.Emails}, []order.Category{order.DeviceIDs})
	})
}

// TestKeyLabelledBraces: a key that marks handwriting by a label in
// braces ("{hw: text} = handwriting"): the words written in are the
// order's, the label and braces are not; an item struck line by line
// refuses what it sought, its words on both lines read together, and the
// list goes on past it and past a page's foot that repeats the title.
func TestKeyLabelledBraces(t *testing.T) {
	src := `[Intake scan | source: fax-to-mail, 4 pages | OCR text layer]
[Layer key: ~~text~~ = printed text with a pen stroke through it; {hw: text} = handwriting]

                      UNITED STATES DISTRICT COURT
                     CENTRAL DISTRICT OF CALIFORNIA

 In re Ex Parte Application of              |  Case No. 2:24-mc-00187-ABC
 KUMO SHOJI K.K.                            |  ~~[PROPOSED]~~ ORDER GRANTING
                                            |  {hw: AS MODIFIED} EX PARTE APPLICATION

      The Court, having considered the Ex Parte Application of Kumo Shoji K.K. ("Kumo"),
 HEREBY ORDERS as follows:

      1.   The Application is GRANTED {hw: as modified below. ABC}.

      2.   Kumo is authorized to serve on Example Social, Inc. ("Example") a subpoena substantially in
 the form attached as Exhibit l to the Declaration of Jiro Sato, seeking ~~all
 documents concerning~~ {hw: documents sufficient to show} the following information for the
 Account "@kumo.watch" (the "Account"):

 ______________________________________________________________________________________
 [PROPOSED] ORDER GRANTING EX PARTE APPLICATION                                      1

Case 2:24-mc-00187-ABC    Document 14    Filed 10/20/24    Page 2 of 3    Page ID #:213

           (a)  the name of the Account holder;

           (b)  all e-mail addresses associated with the Account;

 ~~        (c)  the name, e-mail address and account identifier associated with any~~
 ~~             PayPal or Google Play account used for purchases on the Account;~~  {hw: DENIED — ABC}

           (d)  the IP addresses from which the Account was logged into.

 ______________________________________________________________________________________
 [PROPOSED] ORDER GRANTING EX PARTE APPLICATION                                      2

Case 2:24-mc-00187-ABC    Document 14    Filed 10/20/24    Page 3 of 3    Page ID #:214

      3.   Example shall, within ~~thirty (30)~~ {hw: l4} days of service of the subpoe-
 na, notify the Account holder.

      IT IS SO ORDERED.

 Dated: {hw: 10/20/2024}                  {hw: [signature] A. B. Carter}
                                          ____________________________________
                                          HON. ALICE B. CARTER
                                          UNITED STATES MAGISTRATE JUDGE
`
	o := Read(src).Order
	if n, _ := conditionOf(o, order.NotifyAccountHolders); n.Days != 14 || n.Trigger != order.SubpoenaServed {
		t.Errorf("notice %+v: want 14 days after service", n)
	}
	if o.Date.String() != "2024-10-20" {
		t.Errorf("date %s, want 2024-10-20", o.Date)
	}
	if o.Provider != "Example Social, Inc." {
		t.Errorf("provider %q", o.Provider)
	}
	for _, rq := range o.Requests {
		if rq.Standard != order.SufficientToShow {
			t.Errorf("request %d standard %q, want sufficient to show", rq.Number, rq.Standard)
		}
	}
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.AccessLogs}, []order.Category{order.OtherPayment})
	for _, rq := range o.Requests {
		if strings.Contains(rq.Text, "DENIED") || strings.Contains(rq.Text, "PROPOSED") {
			t.Errorf("request %d text %q holds a note or a page's foot", rq.Number, rq.Text)
		}
	}
}

// TestEndorsementAboveAJointLetter: a joint letter whose stipulation the
// judge so orders in an endorsement written above it, in a box, "except
// as follows": a paragraph not approved ("Paragraph 2(c) is NOT
// approved") strikes that item only, a period substituted ("In paragraph
// 4, \"twenty-one (21) days\" is substituted for \"fourteen (14) days.\"")
// changes it, and chambers' note of reasons typed below the signatures is
// no second endorsement.
func TestEndorsementAboveAJointLetter(t *testing.T) {
	src := `+------------------------------------------------------------------------+
| ORDER ENDORSED:                                                        |
|                                                                        |
| The joint request is GRANTED IN PART. The application (ECF No. 1) is   |
| granted and the stipulation set out below is so ordered, except as     |
| follows:                                                               |
|                                                                        |
| (1) Paragraph 2(c) is NOT approved.                                    |
|                                                                        |
| (2) In paragraph 4, "twenty-one (21) days" is substituted for          |
| "fourteen (14) days."                                                  |
|                                                                        |
| In all other respects the stipulation is SO ORDERED.                   |
|                                                                        |
|                  /s/ Mary Q. Lindqvist, USMJ            3/5/2024       |
+------------------------------------------------------------------------+

                          HARROW & VANCE LLP
                                                                      March 1, 2024
Hon. Mary Q. Lindqvist
United States Magistrate Judge

     Re:  In re Application of Kumo Shoji K.K., No. 1:24-mc-01147-MQL

Dear Judge Lindqvist:

     Together with counsel for respondent Example Social, Inc. ("Example"), we write to
submit the stipulation below, which the parties jointly ask the Court to so-order.

                                 STIPULATION

     Kumo and Example stipulate as follows, subject to the approval of the Court:

     1.  Example does not oppose the application.

     2.  The subpoena shall call for documents sufficient to show, for the account:
          (a) the name of its holder;
          (b) the email addresses associated with it; and
          (c) the bank account into which Example pays the account's proceeds.

     3.  Within seven (7) days of receiving the subpoena, Example shall notify the holder
of the account.

     4.  The holder may move this Court to quash or modify the subpoena within fourteen
(14) days of the date of Example's notice.

     We thank the Court for its consideration.

Respectfully submitted,

/s/ Helen Vance
Helen Vance

Note to endorsement, typed beneath the signatures by chambers:

     The bank account that the request in paragraph 2(c) reaches is not needed to
identify the holder, and that request is denied.
`
	o := Read(src).Order
	n, _ := conditionOf(o, order.NotifyAccountHolders)
	m, _ := conditionOf(o, order.MoveToQuash)
	if n.Days != 7 || n.Trigger != order.SubpoenaReceived || m.Days != 21 || m.Trigger != order.NoticeGiven {
		t.Errorf("notice %+v, motion %+v: want 7 days after receipt, 21 after the notice", n, m)
	}
	if o.Disposition != order.GrantedInPart {
		t.Errorf("disposition %q, want granted in part", o.Disposition)
	}
	checkScope(t, o, []order.Category{order.Names, order.Emails}, []order.Category{order.OtherPayment})
}

// TestTablesSetOutAbove: a table of rulings whose cells tabs separate,
// each line a row, its header naming a column in more words ("Category
// (Doc. 1-2, Attachment A)") and its rulings in title case ("Granted",
// "Denied"); a boxed one whose ruling reads "Authorized" and whose next
// column limits the request ("The subpoena shall not call for the full
// card number"); and a schedule set out before the operative part that
// the operative part adopts ("within the periods and from the events
// stated in the schedule above").
func TestTablesSetOutAbove(t *testing.T) {
	tabbed := "The proposed categories, and the Court's ruling on each, are as follows:\n\nNo.\tCategory (Doc. 1-2, Attachment A)\tRuling\n1\tName(s) of the holder of the account\tGranted\n2\tE-mail address(es), including any recovery address\tGranted\n3\tName and billing address of the holder of any payment card used on the account, excluding the card number and its expiration date\tGranted\n4\tIdentifiers of each device used on the account\tDenied"
	boxed := `The Court rules on each request as follows:

     +-----+-------------------------------------+------------+-------------------------------+
     | No. | Information (Schedule A)            | Ruling     | Limits                        |
     +=====+=====================================+============+===============================+
     | 1   | Name(s) and e-mail addresses of the | Authorized | None.                         |
     |     | holder of the account               |            |                               |
     +-----+-------------------------------------+------------+-------------------------------+
     | 2   | Name and billing address of the     | Authorized | The subpoena shall not call   |
     |     | holder of any payment card used on  |            | for the full card number or   |
     |     | the account                         |            | the card's expiration date.   |
     +-----+-------------------------------------+------------+-------------------------------+
     | 3   | Identifiers of each device used on  | Denied     | --                            |
     |     | the account                         |            |                               |
     +-----+-------------------------------------+------------+-------------------------------+`
	schedule := "\n\nBecause the holder has not been heard, the Court sets the following schedule:\n\nStep\tPeriod\tRunning from\nExample notifies the holder\t7 days\tExample's receipt of the subpoena\nHolder may move to quash or modify\t14 days\tthe date of Example's notice\n"
	for name, table := range map[string]string{"tabbed": tabbed, "boxed": boxed} {
		t.Run(name, func(t *testing.T) {
			o := Read(draft{
				requests:   "Kumo's proposed subpoena makes its requests of Example in the table below.",
				discussion: table + schedule,
				conclusion: "The application is GRANTED IN PART and DENIED IN PART as set out in the table above. Example shall notify the holder, and the holder may move, within the periods and from the events stated in the schedule above.",
			}.String()).Order
			checkScope(t, o, []order.Category{order.Names, order.Emails, order.CardHolder}, []order.Category{order.DeviceIDs})
			got := slices.Clone(o.ExcludedFields)
			slices.Sort(got)
			if want := []order.Field{order.CardExpiration, order.CardNumber}; !slices.Equal(got, want) {
				t.Errorf("excluded %v, want %v", got, want)
			}
			n, _ := conditionOf(o, order.NotifyAccountHolders)
			m, _ := conditionOf(o, order.MoveToQuash)
			if n.Days != 7 || n.Trigger != order.SubpoenaReceived || m.Days != 14 || m.Trigger != order.NoticeGiven {
				t.Errorf("notice %+v, motion %+v: want 7 days after receipt, 14 after the notice", n, m)
			}
		})
	}
}

// TestReportConditionsQuotedAdopted: a district judge's order quotes in
// its background the conditions the magistrate judge's report recommends
// ("The R&R then recommends the following conditions:") and adopts them
// there, one changed: "the conditions recommended at pages 12 and 13 of
// the R&R, as quoted in Part I of this Order, are adopted ..., except that
// in condition 1 the words \"thirty (30) days\" are replaced by \"fourteen
// (14) days.\""
func TestReportConditionsQuotedAdopted(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
DISTRICT OF ARIZONA

In re Application of Kumo Shoji K.K.          No. MC-24-00037-PHX-ABC

ORDER

     Pending before the Court is the Report and Recommendation ("R&R") of the Magistrate Judge (Doc. 12) on the Ex Parte Application of Kumo Shoji K.K. ("Kumo") for leave to serve a subpoena on Example Social, Inc. ("Example").

I.   BACKGROUND

     The R&R finds the statutory requirements met. The R&R then recommends the following conditions:

          1. Within thirty (30) days of service of the subpoena, Example shall notify the
     holder of the account.

          2. The holder shall have twenty-one (21) days from the date of that notice to file a
     motion to quash or modify the subpoena in this Court.

          3. Kumo shall use any information obtained only in the contemplated proceeding in Japan.

(Id. at 12-13)

     Kumo objects to the thirty-day notice period.

II.  DISCUSSION

     Thirty days is longer than the holder needs.

     Accordingly,

     IT IS ORDERED that the Report and Recommendation (Doc. 12) is ADOPTED IN PART and MODIFIED IN PART.

     IT IS FURTHER ORDERED that the conditions recommended at pages 12 and 13 of the R&R, as quoted in Part I of this Order, are adopted and shall govern the subpoena, except that in condition 1 the words "thirty (30) days" are replaced by "fourteen (14) days."

     Dated this 16th day of June, 2024.

                                             Honorable Mary Q. Lindqvist
                                             United States District Judge
`
	o := Read(src).Order
	n, _ := conditionOf(o, order.NotifyAccountHolders)
	m, _ := conditionOf(o, order.MoveToQuash)
	if n.Days != 14 || n.Trigger != order.SubpoenaServed || m.Days != 21 || m.Trigger != order.NoticeGiven {
		t.Errorf("notice %+v, motion %+v: want 14 days after service, 21 after the notice", n, m)
	}
	if o.UseRestriction.Text == "" {
		t.Error("use not restricted, want the recommended use limit")
	}
}

// TestReportAttachedWithoutSoOrdered: a district judge's order that adopts
// the report attached after it, with no "SO ORDERED" line: the order is
// dated and signed where its own signature stands, over the judge's title,
// not where the report is; "The Report is ACCEPTED and ADOPTED" adopts
// it, and its part headed "RECOMMENDED TERMS" states the terms.
func TestReportAttachedWithoutSoOrdered(t *testing.T) {
	src := `                     IN THE UNITED STATES DISTRICT COURT
                         FOR THE DISTRICT OF DELAWARE

IN RE EX PARTE APPLICATION OF KUMO SHOJI K.K.       )     Misc. No. 24-mc-214-ABC

                               MEMORANDUM ORDER

     At Wilmington, this 27th day of March, 2024, having reviewed the Report and Recommendation of the Magistrate Judge dated March 11, 2024 (D.I. 9) ("the Report"), which is attached to this Order, IT IS HEREBY ORDERED that:

     1. The Report is ACCEPTED and ADOPTED.

     2. The Application (D.I. 1) is GRANTED as recommended in the Report, on the terms set out in Part IV of the Report.

                                             /s/ Mary Q. Lindqvist
                                             The Honorable Mary Q. Lindqvist
                                             United States District Judge

Case 1:24-mc-00214-ABC   Document 9   Filed 03/11/24   Page 1 of 3

                      IN THE UNITED STATES DISTRICT COURT
                          FOR THE DISTRICT OF DELAWARE

IN RE EX PARTE APPLICATION OF KUMO SHOJI K.K.       )     Misc. No. 24-mc-214-ABC

                           REPORT AND RECOMMENDATION

     Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc. ("Example"). The statutory requirements are met.

                            IV.  RECOMMENDED TERMS

     It is RECOMMENDED that the District Judge grant the Application, and that:

     (a) Example shall notify the holder of the account within twenty-one (21) days after it is served with the subpoena.

     (b) The holder shall have thirty (30) days from the date of that notice to file a motion to quash or modify the subpoena.

     The parties are advised that any objections to this Report and Recommendation must be filed within fourteen (14) days after being served with a copy of it.

Dated: March 11, 2024                          /s/ Otto B. Brennan
                                               UNITED STATES MAGISTRATE JUDGE
`
	o := Read(src).Order
	if o.Judge != "Mary Q. Lindqvist" || o.Date.String() != "2024-03-27" {
		t.Errorf("judge %q on %s, want Mary Q. Lindqvist on 2024-03-27", o.Judge, o.Date)
	}
	n, _ := conditionOf(o, order.NotifyAccountHolders)
	m, _ := conditionOf(o, order.MoveToQuash)
	if n.Days != 21 || n.Trigger != order.SubpoenaServed || m.Days != 30 || m.Trigger != order.NoticeGiven {
		t.Errorf("notice %+v, motion %+v: want 21 days after service, 30 after the notice", n, m)
	}
}

// TestReportRecommendingDenialAdopted: an order adopting a report that
// recommends denial, the report attached after it and the magistrate
// judge copied below the signature ("cc:  Magistrate Judge ..."): the
// order is the district judge's, and what the attached report says in
// the alternative ("granted in part on these conditions") disposes of
// nothing.
func TestReportRecommendingDenialAdopted(t *testing.T) {
	src := `                            UNITED STATES DISTRICT COURT
                            SOUTHERN DISTRICT OF FLORIDA

                       CASE NO. 24-mc-22417-LINDQVIST/Brennan

IN RE: EX PARTE APPLICATION OF KUMO SHOJI K.K.
_____________________________________/

              ORDER ADOPTING MAGISTRATE JUDGE'S REPORT AND RECOMMENDATION

     THIS CAUSE came before the Court upon the Ex Parte Application of Kumo Shoji K.K. for leave to serve a subpoena on Example Social, Inc. The Report recommends that the Application be denied without prejudice.

     Accordingly, it is ORDERED AND ADJUDGED as follows:

     1. The Report and Recommendation [ECF No. 11] is ADOPTED in full.

     2. The Ex Parte Application [ECF No. 1] is DENIED WITHOUT PREJUDICE.

     DONE AND ORDERED in Chambers at Miami, Florida, this 19th day of February, 2024.

                                             _________________________________
                                             MARY Q. LINDQVIST
                                             UNITED STATES DISTRICT JUDGE

cc:  Magistrate Judge Otto B. Brennan
     Counsel of record

-----------------------------------------------------------------------------------------------
Case 1:24-mc-22417-MQL   Document 11   Entered on FLSD Docket 01/28/2024   Page 1 of 7

                            UNITED STATES DISTRICT COURT
                            SOUTHERN DISTRICT OF FLORIDA

IN RE: EX PARTE APPLICATION OF KUMO SHOJI K.K.

                           REPORT AND RECOMMENDATION

     The undersigned RECOMMENDS that the Application be DENIED WITHOUT PREJUDICE. Were the Court to disagree, the undersigned would recommend that the Application be GRANTED IN PART, on the condition that Example notify the holder within fourteen (14) days of service of the subpoena.

                                             OTTO B. BRENNAN
                                             UNITED STATES MAGISTRATE JUDGE
`
	o := Read(src).Order
	if o.Disposition != order.Denied || o.Judge != "Mary Q. Lindqvist" {
		t.Errorf("disposition %q by %q, want denied by Mary Q. Lindqvist", o.Disposition, o.Judge)
	}
}

// TestGrantRecitedInOtherWords: an order on a motion after the grant
// recites it as "the Court granted Kumo Shoji K.K.'s ex parte application"
// or "The August 18 Order found that the requirements of 28 U.S.C. §
// 1782(a) were met ... and granted the application": the application
// stands granted, and a motion for partial release or to clarify decided
// on it is decided on a granted application.
func TestGrantRecitedInOtherWords(t *testing.T) {
	tests := []struct{ name, recital, conclusion string }{
		{"a possessive of several words", "On June 2, 2024, the Court granted Kumo Shoji K.K.'s ex parte application for leave to serve a subpoena on Example Social, Inc.", "Kumo's motion for partial release (Dkt. No. 13) is GRANTED. Example shall produce the information of the users who have not objected."},
		{"the order granted it", "The August 18 Order found that the statutory requirements of 28 U.S.C. § 1782(a) were met, and granted the application.", "Example's Motion for Clarification (Dkt. 9) is GRANTED. Paragraph 3 of the August 18 Order runs from service of the subpoena."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Read(draft{requests: tt.recital, conclusion: tt.conclusion}.String()).Order
			if o.Disposition != order.Granted {
				t.Errorf("disposition %q, want granted", o.Disposition)
			}
		})
	}
}

// TestScheduleHeadedAtPageFoot: a schedule whose header and rule stand at
// the foot of one page, its rows on the next, after the page's number and
// the next page's ECF header.
func TestScheduleHeadedAtPageFoot(t *testing.T) {
	src := `Case 2:24-mc-00115-ABC   Document 14   Filed 09/09/24   Page 1 of 2   Page ID #:201

UNITED STATES DISTRICT COURT
CENTRAL DISTRICT OF CALIFORNIA

IN RE EX PARTE APPLICATION OF KUMO SHOJI K.K.      Case No. 2:24-mc-00115-ABC

ORDER GRANTING APPLICATION

Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc. ("Example"). The statutory requirements are met.

IT IS ORDERED:

      1.  The application is GRANTED.

      2.  The notice to be given by Example, and any motion by an account holder, shall be governed by the Schedule of Deadlines below.

                                SCHEDULE OF DEADLINES

  Event                                 Party             Deadline
  ------------------------------------  ----------------  -----------------------------------

                                           1
Case 2:24-mc-00115-ABC   Document 14   Filed 09/09/24   Page 2 of 2   Page ID #:202



  Notice of the subpoena, with a copy   Example           Thirty (30) days after Example is
  of this Order, to the holder of each                    served with the subpoena
  account

  Motion to quash or modify the         Account holder    Thirty (30) days from the date of
  subpoena                                                Example's notice to that account
                                                          holder

      IT IS SO ORDERED.

 DATED: September 9, 2024                HON. MARY Q. LINDQVIST
                                         UNITED STATES MAGISTRATE JUDGE
`
	o := Read(src).Order
	n, _ := conditionOf(o, order.NotifyAccountHolders)
	m, _ := conditionOf(o, order.MoveToQuash)
	if n.Days != 30 || n.Trigger != order.SubpoenaServed || m.Days != 30 || m.Trigger != order.NoticeGiven {
		t.Errorf("notice %+v, motion %+v: want 30 days after service, 30 after the notice", n, m)
	}
}

// TestScheduleStepsInThePresent: a schedule whose steps say what each
// party does in the present tense ("Reviewer moves to quash or modify"),
// beside the applicant's proposal and the court's ruling.
func TestScheduleStepsInThePresent(t *testing.T) {
	text := conclusionWith(`The schedule is as follows:

    ---------------------------------------------------------------------------------------
    STEP                    KUMO'S PROPOSAL                 COURT'S RULING
    ---------------------------------------------------------------------------------------
    Example notifies each   Within 30 days after service    Within 21 days after service
    reviewer                of the subpoena                 of the subpoena
    ---------------------------------------------------------------------------------------
    Reviewer moves to       Within 14 days after the        Within 30 days after the
    quash or modify         notice                          notice
    ---------------------------------------------------------------------------------------
    Reviewer objects in     (none proposed)                 Within the same 30 days, by
    writing to Example                                      written objection sent to
    instead of moving                                       Example
    ---------------------------------------------------------------------------------------`)
	o := Read(text).Order
	m, _ := conditionOf(o, order.MoveToQuash)
	if m.Days != 30 || m.Trigger != order.NoticeGiven {
		t.Errorf("motion %+v: want 30 days after the notice", m)
	}
}

// TestTableOfWhatExampleShallProduce: a table drawn with bars, its header
// over two lines, that states what the platform shall produce, category
// by category ("1. Identity"), with a column of limits ("Not the card
// number, the expiration date or the card security code"); the operative
// part allows "Categories 1 through 3 of the table in Part III.C, subject
// to the limits stated there".
func TestTableOfWhatExampleShallProduce(t *testing.T) {
	o := Read(draft{
		requests: `C.   The Authorized Categories

     The table below states what the subpoena may seek.

| Category            | Information Example shall produce     | Limits                  |
|                     | (documents sufficient to show)        |                         |
|---------------------|---------------------------------------|-------------------------|
| 1. Identity         | Every name associated with the        | None                    |
|                     | profile                               |                         |
| 2. Contact          | Every e-mail address registered to    | None                    |
| details             | the profile                           |                         |
| 3. Subscription     | The name and billing address of the   | Not the card number,    |
| payments by card    | holder of any payment card used to    | the expiration date or  |
|                     | buy a subscription                    | the card security code  |
`,
		conclusion: "The Ex Parte Application is GRANTED WITH MODIFICATIONS. Kumo may serve on Example a subpoena for documents sufficient to show the information in Categories 1 through 3 of the table in Part III.C, subject to the limits stated there.",
	}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.CardHolder}, nil)
	got := slices.Clone(o.ExcludedFields)
	slices.Sort(got)
	if want := []order.Field{order.CardExpiration, order.CardNumber, order.CardSecurityCode}; !slices.Equal(got, want) {
		t.Errorf("excluded %v, want %v", got, want)
	}
}

// TestOperativeSubpoenaWhichCallsFor: "Applicant may serve on Example the
// revised subpoena (D.I. 7-2), which calls for documents sufficient to
// show, for the accounts ...: (a) ...; (b) ..." leads into the requests
// the order allows, in its own words.
func TestOperativeSubpoenaWhichCallsFor(t *testing.T) {
	o := Read(draft{
		requests:   "The original subpoena asked for all documents concerning the accounts, including their private messages.",
		conclusion: "The application is GRANTED IN PART and DENIED IN PART, as follows. (1) The request for the contents of private messages (Request No. 5 of D.I. 1-2) is DENIED. (2) Kumo may serve on Example the revised subpoena (D.I. 7-2), which calls for documents sufficient to show, for the accounts u/kumo_fake and u/kumo_other: (a) the e-mail addresses associated with each account; and (b) the IP addresses, with dates and times, of log-ins to each account. (3) Example shall notify each user within seven (7) days after being served with this Order.",
	}.String()).Order
	checkScope(t, o, []order.Category{order.Emails, order.AccessLogs}, []order.Category{order.Content})
}

// TestEarlierOrderTermsInThePastTense: an order that keeps an earlier one
// in force may tell its terms as what it did ("The February 9 Order
// directed Example to notify ...; gave the account holder twenty-one (21)
// days ... to move to quash; and required Example, if such a motion was
// filed, to preserve ..."): each is a term of the order kept, its actor
// the one it directed, not the order that directed it.
func TestEarlierOrderTermsInThePastTense(t *testing.T) {
	doc := func(recital string) string {
		return `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

IN RE EX PARTE APPLICATION OF KUMO SHOJI K.K.       Case No. 3:24-mc-80441-ABC

ORDER DENYING MOTION FOR RECONSIDERATION

     Applicant Kumo Shoji K.K. ("Kumo") moves for reconsideration of the Court's order of
February 9, 2024 (Dkt. No. 9, the "February 9 Order"), which granted its application for leave
to serve a subpoena on Example Social, Inc. ("Example").

                              BACKGROUND

     The February 9 Order authorized a subpoena for documents sufficient to show the names and
e-mail addresses of the holder of the account. ` + recital + `

                              DISCUSSION

     Kumo asks that the account holder be given only seven (7) days to move. Kumo points to no
new fact or change in law.

                              CONCLUSION

     It is hereby ORDERED as follows:

     1.   The motion for reconsideration (Dkt. No. 14) is DENIED.

     2.   The February 9 Order remains in full force and effect.

     IT IS SO ORDERED.

Dated: March 2, 2024
                                          MARY Q. LINDQVIST
                                          United States District Judge
`
	}
	tests := []struct{ name, recital string }{
		{"directed, gave, required", "The February 9 Order directed Example to notify the account holder within ten (10) days of being served with the subpoena; gave the account holder twenty-one (21) days from the notice to move to quash or modify; and required Example, if such a motion was filed, to preserve the information sought and to produce none of it until the motion was resolved."},
		{"was directed, then had, was to, across a page break", "The Court attached conditions. Example was directed to notify the account\n\nCase 3:24-mc-80441-ABC   Document 21   Filed 03/02/24   Page 2 of 4\n\nholder within ten (10) days of being served with the subpoena. The account holder then had twenty-one (21) days from the notice to move to quash or modify the subpoena. While any motion remained pending, Example was to preserve, and not produce, the information sought."},
		{"ordered, allowed, required that", "The February 9 Order also ordered Example to give the account holder notice of the subpoena within ten (10) days after it was served with the subpoena, allowed the account holder twenty-one (21) days from that notice to move to quash, and required Example to preserve the information sought and not to produce any of it while such a motion was pending."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Read(doc(tt.recital)).Order
			n, _ := conditionOf(o, order.NotifyAccountHolders)
			m, _ := conditionOf(o, order.MoveToQuash)
			if n.Days != 10 || n.Trigger != order.SubpoenaServed || n.Party != order.Provider {
				t.Errorf("notice %+v, want Example to notify within 10 days of service of the subpoena", n)
			}
			if m.Days != 21 || m.Trigger != order.NoticeGiven || m.Party != order.AccountHolder {
				t.Errorf("motion %+v, want the holder's 21 days from the notice", m)
			}
			if h, ok := conditionOf(o, order.PreserveNotDisclose); !ok || h.Scope != order.WholeSubpoena {
				t.Errorf("hold %+v, want the whole subpoena", h)
			}
			checkScope(t, o, []order.Category{order.Names, order.Emails}, nil)
		})
	}
}

// TestRequestStruckWhereItStands: the court may strike a request where it
// stands in the schedule it approves ("REQUEST NO. 3: [STRICKEN. This
// request sought the device identifiers ...]"): the request is denied,
// with what its words say it sought, and allows nothing.
func TestRequestStruckWhereItStands(t *testing.T) {
	for _, mark := range []string{"[STRICKEN. This request sought the device identifiers associated with the ACCOUNT. They are not needed to identify the user.]", "[STRICKEN BY THE COURT. The request sought the device identifiers of the ACCOUNT, which Kumo does not need.]"} {
		t.Run(mark[:12], func(t *testing.T) {
			src := `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

In re Ex Parte Application of KUMO SHOJI K.K.        Case No. 4:24-mc-80203-ABC

ORDER GRANTING IN PART APPLICATION

     Kumo Shoji K.K. asks for leave to serve a subpoena on Example Social, Inc. ("Example").
The statutory requirements are met and the Intel factors favor discovery. The Court has gone
through Schedule A of the proposed subpoena request by request; the requests it does not
approve are struck where they stand.

                                   SCHEDULE A
                                 (as approved)

DOCUMENTS TO BE PRODUCED

REQUEST NO. 1: All DOCUMENTS showing the names of the holder of the ACCOUNT.

REQUEST NO. 2: All DOCUMENTS showing the e-mail addresses associated with the ACCOUNT.

REQUEST NO. 3: ` + mark + `

                               (end of Schedule A)

     Accordingly, the application is GRANTED IN PART. Kumo may serve on Example the subpoena
with Schedule A in the form approved above.

     IT IS SO ORDERED.

Dated: August 27, 2024
                                          MARY Q. LINDQVIST
                                          United States Magistrate Judge
`
			o := Read(src).Order
			checkScope(t, o, []order.Category{order.Names, order.Emails}, []order.Category{order.DeviceIDs})
		})
	}
}

// TestRequestsInAnAttachment: the operative part limits the subpoena to
// "the documents described in Attachment A to this Order", attached after
// the signature with its conditions in Attachment B: the attachment's
// requests are the ones allowed, not those the discussion tells of.
func TestRequestsInAnAttachment(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
DISTRICT OF ARIZONA

In re Application of Kumo Shoji K.K.                No. MC-24-00041-PHX-ABC

ORDER

     Kumo Shoji K.K. applies for leave to serve a subpoena on Example Social, Inc. ("Example").
The statutory requirements are met. The one exception is Request No. 4, which seeks every
communication between the customer and Example's support staff; those communications are
content, and Request No. 4 is denied.

     IT IS ORDERED that the application is GRANTED IN PART.

     IT IS FURTHER ORDERED that Kumo may serve on Example a subpoena seeking only the documents
described in Attachment A to this Order.

     IT IS FURTHER ORDERED that the subpoena is subject to the conditions set out in Attachment B,
which is incorporated into and made part of this Order.

     Dated this 17th day of November, 2024.

                                          Mary Q. Lindqvist
                                          United States Magistrate Judge

                                   ATTACHMENT A
                         Documents to Be Produced by Example

     Produce documents sufficient to show, for each Account:

     Request No. 1: The name of the Account holder.

     Request No. 2: Every e-mail address associated with the Account.

     Request No. 3: The IP addresses, with dates and times, from which the Account was accessed.

     Request No. 4: [STRICKEN BY THE COURT]

                                   ATTACHMENT B
                              Conditions on the Subpoena

     1. Within seven (7) days of being served with the subpoena, Example shall notify the holder
of each Account of the subpoena.

     2. The Account holder may file a motion to quash or modify the subpoena within fourteen
(14) days of the date of the notice.
`
	o := Read(src).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.AccessLogs}, []order.Category{order.Content})
	if len(o.Requests) == 0 || o.Requests[0].Standard != order.SufficientToShow {
		t.Errorf("requests %+v, want documents sufficient to show", o.Requests)
	}
	if n, _ := conditionOf(o, order.NotifyAccountHolders); n.Days != 7 {
		t.Errorf("notice %+v, want 7 days", n)
	}
}

// TestEarlierOrderPeriodExtended: an order on a motion to extend recites
// the earlier order's terms as what was to be done ("Example was to
// notify ...", "The holder would then have twenty-one (21) days ..."),
// extends one period "from ten (10) days to twenty-one (21) days of
// service of the subpoena", and keeps "the remaining provisions of the
// September 8 Order (Doc. 9), including ..., " in effect: the extended
// period is the order's, the rest as recited.
func TestEarlierOrderPeriodExtended(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
DISTRICT OF ARIZONA

In re Application of Kumo Shoji K.K.                No. MC-24-00029-PHX-ABC

ORDER

     On September 8, 2024, the Court granted Kumo's ex parte application. (Doc. 9, the
"September 8 Order.") The Court authorized Kumo to serve a subpoena on Example Social, Inc.
("Example") for documents sufficient to show the names and e-mail addresses of the holder of
the account.

     The September 8 Order also protected the account holder. Example was to notify the holder
within ten (10) days of service of the subpoena. The holder would then have twenty-one (21)
days from the date of notice to file a motion to quash or modify the subpoena. If the holder
filed such a motion, Example was to preserve the subpoenaed information and produce none of it
until the Court ruled.

     Example now moves to extend the time to give notice. Example asks for thirty (30) days.

     Accordingly,

     IT IS ORDERED that Example's Motion to Extend Time to Provide Notice (Doc. 12) is GRANTED
IN PART and DENIED IN PART.

     IT IS FURTHER ORDERED that the period within which Example shall notify the holder of the
subpoena is extended from ten (10) days to twenty-one (21) days of service of the subpoena.

     IT IS FURTHER ORDERED that the remaining provisions of the September 8 Order (Doc. 9),
including the holder's twenty-one (21) days from notice to move to quash or modify the
subpoena, remain in effect.

     Dated this 29th day of September, 2024.

                                        Mary Q. Lindqvist
                                        United States District Judge
`
	o := Read(src).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 21, order.SubpoenaServed},
		{order.MoveToQuash, 21, order.NoticeGiven},
	})
	if n, _ := conditionOf(o, order.NotifyAccountHolders); n.Party != order.Provider {
		t.Errorf("notice %+v, want the platform's", n)
	}
	checkHold(t, o, order.WholeSubpoena)
	checkScope(t, o, []order.Category{order.Names, order.Emails}, nil)
}

// TestEarlierOrderProcedureBuiltIn: the earlier order's grant told with
// "It authorized a subpoena ...", its procedure with "The February 9
// Order built in a procedure for the account holders. Example was to
// notify each of them within ten (10) days of being served with the
// February 9 Order ...", kept "including its limits on the use of the
// information": its terms are read, the notice running from service of
// that order.
func TestEarlierOrderProcedureBuiltIn(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

IN RE EX PARTE APPLICATION OF KUMO SHOJI K.K.       Case No. 4:24-mc-80355-ABC

ORDER GRANTING MOTION FOR AN ORDER DIRECTING PRODUCTION

     On February 9, 2024, the Court granted Kumo's ex parte application. Dkt. No. 8 (the
"February 9 Order"). It authorized a subpoena to Example Social, Inc. ("Example") seeking
documents sufficient to show the e-mail addresses associated with each account.

     The February 9 Order built in a procedure for the account holders. Example was to notify
each of them within ten (10) days of being served with the February 9 Order. Each account
holder then had twenty-one (21) days from notice to move to quash or modify the subpoena. If
an account holder moved, Example was to preserve, but not produce, that account holder's
information until the Court resolved the matter. And Kumo could use what it received only in
the contemplated action in Japan.

     One holder objected by e-mail. The objection does not succeed.

                                     ORDER

     1.   Kumo's motion for an order directing production (Dkt. No. 14) is GRANTED.

     2.   The February 9 Order, including its limits on the use of the information, remains in
effect except as stated in this Order.

     IT IS SO ORDERED.

Dated: June 25, 2024
                                        MARY Q. LINDQVIST
                                        United States Magistrate Judge
`
	o := Read(src).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 10, order.OrderServed},
		{order.MoveToQuash, 21, order.NoticeGiven},
	})
	checkHold(t, o, order.ObjectorAccounts)
	if o.UseRestriction.Text == "" {
		t.Error("use not restricted")
	}
	checkScope(t, o, []order.Category{order.Emails}, nil)
}

// TestEarlierOrderParagraphsRemain: "Paragraphs 4 through 7 of the
// Order, described above, govern the subpoena as modified and remain in
// effect" keeps the earlier order's terms as recited ("The account holder
// was given twenty-eight (28) days from that notice to move ...").
func TestEarlierOrderParagraphsRemain(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

IN RE APPLICATION OF KUMO SHOJI K.K.          Case No. 3:24-mc-80198-ABC

ORDER GRANTING IN PART MOTION FOR RECONSIDERATION

     In January the Court allowed Kumo Shoji K.K. ("Kumo") to subpoena Example Social, Inc.
("Example"). Dkt. No. 8 (the "Order"). Kumo now asks the Court to reconsider part of it.

     The Order authorized a subpoena seeking documents sufficient to show the names and e-mail
addresses associated with the account.

     The Order also set conditions. Example was directed to notify the account holder within
fourteen (14) days of service of the subpoena. The account holder was given twenty-eight (28)
days from that notice to move to quash or modify the subpoena, and Example was to preserve all
responsive information and produce none of it while such a motion was pending.

     For the reasons stated, the Court ORDERS as follows:

     1. The motion for reconsideration (Dkt. No. 13) is GRANTED IN PART and DENIED IN PART.

     2. Paragraphs 4 through 7 of the Order, described above, govern the subpoena as modified and
remain in effect.

     IT IS SO ORDERED.

Dated: March 5, 2024
                                        MARY Q. LINDQVIST
                                        United States District Judge
`
	o := Read(src).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 14, order.SubpoenaServed},
		{order.MoveToQuash, 28, order.NoticeGiven},
	})
	if m, _ := conditionOf(o, order.MoveToQuash); m.Party != order.AccountHolder {
		t.Errorf("motion %+v, want the holder's", m)
	}
	checkHold(t, o, order.WholeSubpoena)
}

// TestEarlierOrderAllowed: in the District of Massachusetts' words, "this
// Court allowed, with modifications, its application" and "the motion to
// modify (Docket No. 14) is ALLOWED": the application stands granted, and
// the earlier order's terms told after a paragraph that named it ("Under
// those conditions, Example was required to notify ...") are kept.
func TestEarlierOrderAllowed(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
DISTRICT OF MASSACHUSETTS

IN RE: APPLICATION OF KUMO SHOJI K.K.          Misc. Action No. 24-mc-91247-ABC

MEMORANDUM AND ORDER ON APPLICANT'S MOTION TO MODIFY

     In June this Court allowed, with modifications, its application for leave to serve a
subpoena on Example Social, Inc. ("Example"). Docket No. 9 (the "June 11 Order"). Kumo now
moves to modify the paragraph of that order that limits the use it may make of what Example
produces. For the reasons below, the motion is ALLOWED.

     The June 11 Order authorized a subpoena seeking documents sufficient to show the names and
e-mail addresses associated with the member's account.

     Under those conditions, Example was required to notify the member within fourteen (14)
days after receiving the subpoena. The member had thirty (30) days from the notice to move in
this Court to quash or modify the subpoena. While any motion was pending, Example was to
preserve, and not to produce, the information responsive to the subpoena.

     For the foregoing reasons, the motion to modify (Docket No. 14) is ALLOWED. It is hereby
ORDERED that:

     1.   Kumo may use the information produced solely in connection with the civil action in
Japan and any criminal complaint arising from the same posts.

     2.   All other provisions of the June 11 Order remain in full force and effect.

SO ORDERED.
                                        /s/ Mary Q. Lindqvist
                                        UNITED STATES MAGISTRATE JUDGE
`
	o := Read(src).Order
	if o.Disposition != order.Granted {
		t.Errorf("disposition %q, want granted", o.Disposition)
	}
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 14, order.SubpoenaReceived},
		{order.MoveToQuash, 30, order.NoticeGiven},
	})
	checkHold(t, o, order.WholeSubpoena)
	checkScope(t, o, []order.Category{order.Names, order.Emails}, nil)
}

// TestPeriodsDefinedInLowerCase: periods defined once in lower case with
// "is" ("the \"notice period\" is ten (10) days after the subpoena is
// served on Example") and used by name; a hold until "every timely motion
// or objection has been resolved".
func TestPeriodsDefinedInLowerCase(t *testing.T) {
	conclusion := `Accordingly, it is ORDERED as follows:

1. The application is GRANTED. Kumo may serve on Example the subpoena attached to the application.

2. For purposes of this order, the "notice period" is ten (10) days after the subpoena is served on Example, and the "challenge period" is twenty-one (21) days after the date on which Example gives the notice required by paragraph 3.

3. Within the notice period set out in paragraph 2, Example shall notify each holder of an account identified in the subpoena that the subpoena has been served.

4. Within the challenge period set out in paragraph 2, any account holder may file a motion in this court to quash or modify the subpoena.

5. Example shall preserve all information responsive to the subpoena. Example shall not produce any of that information until the challenge period set out in paragraph 2 has expired and every timely motion has been resolved.`
	o := Read(draft{conclusion: conclusion}.String()).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 10, order.SubpoenaServed},
		{order.MoveToQuash, 21, order.NoticeGiven},
	})
	if _, ok := conditionOf(o, order.PreserveNotDisclose); !ok {
		t.Error("no hold read")
	}
}

// TestDispositionRunIn: a memorandum order in one block, its disposition
// run into the paragraph ("... purpose. Accordingly, the application (ECF
// No. 1) is GRANTED as modified herein."): the operative part begins
// there, and the court's directions before it are its terms.
func TestDispositionRunIn(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK

IN RE APPLICATION OF KUMO SHOJI K.K.                     24-mc-0291 (ABC)

MEMORANDUM ORDER

     Kumo Shoji K.K. applies ex parte for leave to serve a subpoena on Example Social, Inc. The
statutory requirements are satisfied and the discretionary factors favor the application. The
subpoena is modified so that it seeks only documents sufficient to show, for the account, the
name of the account holder and the e-mail addresses associated with the account. Example shall
notify the account holder of the subpoena within seven days after it receives the subpoena, and
the account holder may, within thirty days of the date of that notice, move in this Court to quash
or modify it. Kumo may use what it obtains only in the contemplated action in Tokyo. Accordingly,
the application (ECF No. 1) is GRANTED as modified herein. Kumo shall serve the subpoena, revised
to conform to this Memorandum Order, together with a copy of it.

     SO ORDERED.

Dated: New York, New York
       May 22, 2024
                                                  MARY Q. LINDQVIST
                                                  United States District Judge
`
	o := Read(src).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 7, order.SubpoenaReceived},
		{order.MoveToQuash, 30, order.NoticeGiven},
	})
	if o.UseRestriction.Text == "" {
		t.Error("use not restricted")
	}
	checkScope(t, o, []order.Category{order.Names, order.Emails}, nil)
}

// TestCheckBoxForm: a short-form order the court fills in by checking
// boxes: only what a checked box offers is ordered ("Unchecked boxes are
// not part of this Order"), an unchecked item with the lines under it
// none of it, whatever its words say.
func TestCheckBoxForm(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF ARIZONA

In re Application of Kumo Shoji K.K.          No. MC-24-00037-PHX-ABC

ORDER ON EX PARTE APPLICATION UNDER 28 U.S.C. § 1782 (Short Form)

     The Court has considered the ex parte application of Kumo Shoji K.K. and the proposed
subpoena to Example Social, Inc. Checked boxes are the Court's findings and orders. Unchecked
boxes are not part of this Order.

A. FINDINGS

[X] The person from whom discovery is sought resides or is found in this District.
[X] The applicant is an interested person.
[ ] The discretionary factors weigh against the discovery.

B. DISPOSITION

[ ] GRANTED as requested.
[X] GRANTED AS MODIFIED in Part C.
[ ] DENIED   [ ] without prejudice   [ ] with prejudice.

D. NOTICE, CHALLENGE AND PRESERVATION

[X] Notice. The provider shall notify each affected account holder within 21 days of
    [X] service of the subpoena   [ ] receipt of the subpoena   [ ] service of this Order.
[X] Motion. An account holder may move to quash or modify the subpoena within 30 days of
    the date of the notice.
[ ] Written objection. Instead of a motion, an account holder may serve a written objection
    on the provider within 14 days of the date of the notice, and the provider shall
    advise the Court of any objection within 7 days of receiving it.
[X] Preservation. The provider shall preserve the information called for by the subpoena
    and shall not produce it while a timely motion is pending.
[ ] Use. The applicant may use the discovery only in the foreign proceeding found above.

     Dated this 20th day of October, 2024.

                                          Honorable Mary Q. Lindqvist
                                          United States Magistrate Judge
`
	o := Read(src).Order
	if o.Disposition != order.GrantedWithModifications {
		t.Errorf("disposition %q, want granted with modifications", o.Disposition)
	}
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 21, order.SubpoenaServed},
		{order.MoveToQuash, 30, order.NoticeGiven},
	})
	for _, act := range []order.Act{order.ObjectInWriting, order.AdviseCourt} {
		if c, ok := conditionOf(o, act); ok {
			t.Errorf("%s %+v read from an unchecked box", act, c)
		}
	}
	if _, ok := conditionOf(o, order.PreserveNotDisclose); !ok {
		t.Error("no hold read")
	}
	if o.UseRestriction.Text != "" {
		t.Errorf("use restriction %q read from an unchecked box", o.UseRestriction.Text)
	}
}

// TestCaseCitationAfterNumber: what follows a case number in the body
// that makes it a citation of another case: its court and date in
// parentheses, the district abbreviated in any of the reporters' forms.
func TestCaseCitationAfterNumber(t *testing.T) {
	v := vocabulary()
	for _, after := range []string{" (S.D.N.Y. June 12, 2025)", " (E.D.N.Y. Jan. 3, 2025)", " (D.N.J. Mar. 4, 2025)", " (N.D. Cal. May 6, 2026)", " (D. Del. Dec. 2, 2025)", ", 2023 WL 1234567 (N.D. Cal. Jan. 2, 2023)"} {
		if !v.caseCitation.MatchString(after) {
			t.Errorf("%q not read as a citation's court and date", after)
		}
	}
	for _, after := range []string{" ORDER", "\n\nMEMORANDUM OPINION", " (PQR)"} {
		if v.caseCitation.MatchString(after) {
			t.Errorf("%q read as a citation", after)
		}
	}
}

// TestElectronicOrderInANotice: a text-only order that is the docket text
// of a CM/ECF notice ("Document Number: 9 (No document attached)"): no
// caption follows the notice, so the applicant is the case name's, not
// the subject line's with the docket event run on ("... S.A. Order on
// Motion"), and "ELECTRONIC ORDER entered denying ... Application"
// disposes of the application.
func TestElectronicOrderInANotice(t *testing.T) {
	src := `From: ECFnotice@mad.uscourts.gov
To: CourtCopy@mad.uscourts.gov
Subject: Activity in Case 1:24-mc-91204-ABC In re Application of Kumo Hotels S.A. Order on
         Motion for Discovery
Date: Mon, 3 Jun 2024 15:42:18 -0400 (EDT)

This is an automatic e-mail message generated by the CM/ECF system. Please DO NOT RESPOND to this
e-mail because the mail box is unattended.

                              United States District Court

                                District of Massachusetts

Notice of Electronic Filing

The following transaction was entered on 6/3/2024 at 3:42 PM EDT and filed on 6/3/2024
Case Name:          In re Application of Kumo Hotels S.A.
Case Number:        1:24-mc-91204-ABC
Filer:
Document Number:    9 (No document attached)

Docket Text:
Magistrate Judge Alice B. Carter: ELECTRONIC ORDER entered denying without prejudice [1]
Ex Parte Application for an Order Pursuant to 28 U.S.C. § 1782. Kumo Hotels S.A. asks for leave
to subpoena Example Social, Inc. for information identifying the authors of eleven reviews. No
proceeding before a foreign tribunal is within reasonable contemplation. The denial is without
prejudice. (JMC) (Entered: 06/03/2024)
`
	p := Read(src)
	o := p.Order
	if o.Applicant != "Kumo Hotels S.A." {
		t.Errorf("applicant %q, want Kumo Hotels S.A.", o.Applicant)
	}
	if o.Provider != "Example Social, Inc." {
		t.Errorf("provider %q, want Example Social, Inc.", o.Provider)
	}
	if o.Disposition != order.Denied {
		t.Errorf("disposition %q, want denied", o.Disposition)
	}
	if o.CaseNumber != "1:24-mc-91204-ABC" {
		t.Errorf("case number %q", o.CaseNumber)
	}
}

// TestMinuteEntryInANotice: a CM/ECF notice whose docket text is the
// order itself ("Document Number: 9 (No document attached)", "MINUTE
// entry before the Honorable X: ... is granted as modified. ..."): its
// terms are the order's, its judge the one it was entered before, and its
// date the day it was filed. The sentence that disposes begins before the
// docket text and runs into it: it is the operative part's, and another
// order cited after it ("where the provider was allowed thirty days")
// disposes of nothing.
func TestMinuteEntryInANotice(t *testing.T) {
	src := `From: ecf_ilnd@ilnd.uscourts.gov
Subject: Activity in Case 1:24-mc-00512 In re Application of Kumo Shoji K.K. Order on
 Motion for Miscellaneous Relief
Date: Monday, June 3, 2024 11:02:37 AM

This is an automatic e-mail message generated by the CM/ECF system. Please DO NOT RESPOND
to this e-mail because the mail box is unattended.

                              United States District Court
                    Northern District of Illinois - CM/ECF NextGen 1.8
                             Notice of Electronic Filing

The following transaction was entered on 6/3/2024 at 11:01 AM CDT and filed on 6/3/2024
Case Name:       In re Application of Kumo Shoji K.K.
Case Number:     1:24-mc-00512
Filer:
Document Number: 9(No document attached)

Docket Text:
MINUTE entry before the Honorable Alice B. Carter: Kumo Shoji K.K.'s ex parte application
for an order under 28 U.S.C. § 1782 [1] is granted as modified. The proposed subpoena asks
for "all documents" about the holder; the Court narrows it: Kumo may serve a subpoena on Example
Social, Inc. for documents sufficient to identify the holder of the account. Example is to
send the account holder notice of the subpoena within 10 days of receiving the subpoena. The
account holder may then, within 21 days from the date of that notice, move in this Court to
quash or modify the subpoena. Kumo cites In re Application of Hoshi, No. 1:23-mc-00771 (N.D.
Ill. Oct. 2, 2023), where the provider was allowed thirty days to give notice. Mailed notice. (ab, )


1:24-mc-00512 Notice has been electronically mailed to:
`
	o := Read(src).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 10, order.SubpoenaReceived},
		{order.MoveToQuash, 21, order.NoticeGiven},
	})
	if o.Judge != "Alice B. Carter" {
		t.Errorf("judge %q, want Alice B. Carter", o.Judge)
	}
	if got := o.Date.String(); got != "2024-06-03" {
		t.Errorf("date %s, want 2024-06-03", got)
	}
	if o.Disposition != order.GrantedWithModifications {
		t.Errorf("disposition %q, want granted as modified", o.Disposition)
	}
}

// TestOralOrderInANotice: a CM/ECF notice of an oral order ("Document
// Number: No document attached", "ORAL ORDER: ... ORDERED by Judge X on
// 9/9/2024."): the subject line's docket event is no part of the case
// name, and the judge is the one who ordered it.
func TestOralOrderInANotice(t *testing.T) {
	src := `From: ded_nefreply@ded.uscourts.gov
Subject: Activity in Case 1:24-mc-00377-ABC In re Ex Parte Application of Kumo Shoji
K.K. Oral Order

                                  U.S. District Court

                                 District of Delaware

Notice of Electronic Filing

The following transaction was entered on 9/9/2024 at 3:18 PM EDT and filed on 9/9/2024
Case Name:           In re Ex Parte Application of Kumo Shoji K.K.
Case Number:         1:24-mc-00377-ABC
Filer:
Document Number:     No document attached

Docket Text:
ORAL ORDER: Having reviewed Kumo Shoji K.K.'s Ex Parte Application for an Order Pursuant to
28 U.S.C. § 1782 (D.I. 1), IT IS HEREBY ORDERED that the application is DENIED without
prejudice. Kumo seeks leave to serve a subpoena on Example Social, Inc. ("Example"). ORDERED
by Judge Alice B.
Carter on 9/9/2024. (dlw) (Entered: 09/09/2024)
`
	o := Read(src).Order
	if o.Applicant != "Kumo Shoji K.K." || o.Judge != "Alice B. Carter" || o.Date.String() != "2024-09-09" || o.Disposition != order.Denied {
		t.Errorf("applicant %q, judge %q, date %s, disposition %q; want Kumo Shoji K.K., Alice B. Carter, 2024-09-09, denied", o.Applicant, o.Judge, o.Date, o.Disposition)
	}
}

// TestApplicantKeepsItsAccents: a CM/ECF notice's case name drops the
// applicant's accents ("Pousada Mare Alta Ltda."); the order's text keeps
// them ("Pousada Maré Alta Ltda."), and the name is written as the text
// writes it.
func TestApplicantKeepsItsAccents(t *testing.T) {
	src := `From: ded_nefreply@ded.uscourts.gov
Subject: Activity in Case 1:24-mc-00377-ABC In re Ex Parte Application of Pousada Mare Alta
Ltda. Oral Order

Notice of Electronic Filing

The following transaction was entered on 9/9/2024 at 3:18 PM EDT and filed on 9/9/2024
Case Name:           In re Ex Parte Application of Pousada Mare Alta Ltda.
Case Number:         1:24-mc-00377-ABC
Document Number:     No document attached

Docket Text:
ORAL ORDER: Having reviewed Pousada Maré Alta Ltda.'s Ex Parte Application for an Order Pursuant
to 28 U.S.C. § 1782 (D.I. 1), IT IS HEREBY ORDERED that the application is DENIED without
prejudice. ORDERED by Judge Alice B. Carter on 9/9/2024. (dlw) (Entered: 09/09/2024)
`
	if got := Read(src).Order.Applicant; got != "Pousada Maré Alta Ltda." {
		t.Errorf("applicant %q, want Pousada Maré Alta Ltda.", got)
	}
}

// TestCategoriesAllowedByNumber: requests listed by number in the
// discussion ("(1) the name ...; ... and (8) the contents of private chat
// messages"), the subpoena allowed to seek "the information described in
// categories 1, 2, 3, 4, 5, and 7", and two denied each marked by its
// number in parentheses: the eighth is not allowed, and what it sought is
// denied.
func TestCategoriesAllowedByNumber(t *testing.T) {
	src := draft{
		requests: `The proposed subpoena asks Example for all documents reflecting the following information
about the account: (1) the name of the account holder; (2) any billing or mailing address; (3)
e-mail addresses; (4) telephone numbers; (5) payment card information, including the
cardholder's name and billing address; (6) any other payment method used on the account,
including PayPal accounts; (7) the IP addresses, with dates and times, of log-ins to the
account between June 1, 2024, and the present; and (8)
the contents of private chat messages sent from the account. (Dkt. # 3-1 (Ex. A).)`,
		conclusion: `The application (Dkt. # 1) is GRANTED IN PART and DENIED IN PART. Kumo may serve on
Example a subpoena seeking all documents reflecting the information described in categories
1, 2, 3, 4, 5, and 7 of Exhibit A, on the following conditions:

(i) The request for other payment methods (category 6) and the request for the contents
of private chat messages (category 8) are DENIED and shall be deleted from the subpoena.

(ii) Within ten (10) days of its receipt of the subpoena, Example shall notify the account
holder that the subpoena has been received.`,
	}.String()
	o := Read(src).Order
	checkScope(t, o, []order.Category{order.Names, order.Addresses, order.Emails, order.Phones, order.CardHolder, order.AccessLogs}, []order.Category{order.OtherPayment, order.Content})
}

// TestKeptBlockEndsWithItsItems: the terms of an earlier order quoted as
// a block of lettered items ("The March 17 Order then provided:") end
// with the last item: what a party asked for in the paragraphs after it
// (an objection route "under which an account holder could, within
// fourteen days of notice, e-mail a written objection") is no term, though
// the order keeps the earlier one's paragraphs in force.
func TestKeptBlockEndsWithItsItems(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF WASHINGTON

In re Ex Parte Application of
KUMO SHOJI K.K.,                          CASE NO. 2:24-mc-00073-ABC

ORDER ON EXAMPLE SOCIAL, INC.'S MOTION TO AMEND ORDER OF MARCH 17, 2024

This matter comes before the Court on the motion of non-party Example Social, Inc. ("Example")
to amend the notice provisions of the Court's Order of March 17, 2024 (Dkt. No. 8), which
granted Kumo Shoji K.K. ("Kumo") leave to serve a subpoena on Example under 28 U.S.C. § 1782.

The March 17 Order found the statutory requirements met. It granted the application as
submitted and authorized a subpoena calling for documents sufficient to show the account holder's name and the e-mail addresses
associated with the account. Dkt. No. 8 at 6-7. The March 17 Order then provided:

   (a) Example shall notify each affected account holder within seven (7) days of
       being served with this Order.
   (b) Each account holder shall have twenty-one (21) days from the date of notice
       to file a motion to quash or modify the subpoena.

Id. at 7.

Example was served with the March 17 Order on March 19 but did not receive the subpoena until
March 30. By then the seven-day period in paragraph (a) had nearly run. Example asks the Court to (1) lengthen the notice period to twenty-one days and (2) add a
procedure under which an account holder could, within fourteen days of notice, e-mail a
written objection to Example, which would then report the objection to the Court within
seven days. Kumo opposes the second request.

The Court declines to add an objection procedure.

IV. ORDER

Accordingly, the Court ORDERS:

1. Example's Motion to Amend (Dkt. No. 12) is GRANTED IN PART and DENIED IN PART.

2. Paragraph (a) of the March 17 Order is amended to read: "Example shall notify each
   affected account holder within fourteen (14) days of service of the subpoena."

3. Example's request to add a written-objection procedure is DENIED.

4. Paragraph (b) of the March 17 Order is unchanged and remains in effect.

5. The Application (Dkt. No. 1) remains GRANTED.

Dated this 28th day of April, 2024.

                                        /s/ Alice B. Carter
                                        United States District Judge
`
	o := Read(src).Order
	if c, ok := conditionOf(o, order.ObjectInWriting); ok {
		t.Errorf("objection %+v read from a party's request", c)
	}
	if c, ok := conditionOf(o, order.AdviseCourt); ok {
		t.Errorf("advise %+v read from a party's request", c)
	}
	if o.Disposition != order.Granted {
		t.Errorf("disposition %q, want granted (the application remains granted)", o.Disposition)
	}
	// What the earlier order authorized, told in the paragraph that
	// introduces its block of terms, is what the subpoena seeks.
	checkScope(t, o, []order.Category{order.Names, order.Emails}, nil)
}

// TestMotionsChangesNoRequests: a motion's list of the changes it asks
// for ("to extend the notice period ... before it can confirm a working
// email address; (2) to extend ...; and (3) to allow ...") is no list of
// requests, though an item names an e-mail address: the requests are the
// order's, as it restates them, led in by words that name a domain, after
// it grants the motion in part "as set out above".
func TestMotionsChangesNoRequests(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
DISTRICT OF ARIZONA

In re Application of Kumo Shoji K.K.        No. MC-24-00001-PHX-ABC

ORDER

Kumo Shoji K.K. ("Kumo") asked to serve a subpoena on Example Social, Inc. ("Example").

Example does not challenge the grant of the application. It asks the Court to change
the procedure in three ways: (1) to extend the notice period to thirty (30) days after service
of the subpoena, because Example must confirm a working email address before it can give notice;
(2) to extend the registrant's time to respond to thirty (30) days; and (3) to allow a
registrant who does not wish to appear in an American court to object by letter to
Example.

III.    ORDER

        IT IS ORDERED that Example's Motion to Modify (Doc. 10) is GRANTED IN PART and
DENIED IN PART as set out above. The Application (Doc. 1) remains GRANTED.

        IT IS FURTHER ORDERED that paragraphs 2 through 7 of the August 3 Order are VACATED
and replaced by the following, which restate the terms governing the subpoena as amended:

        (1) Scope. The subpoena authorized by the August 3 Order shall call for all documents
reflecting the following information for the domain kumo-truth.com and the Example account through
which it is registered:
            (a) the name of the registrant and of the account holder;
            (b) all email addresses associated with the account; and
            (c) the IP addresses, with dates and times, from which the account was accessed
                between January 1, 2026 and the date of the subpoena.

        (2) Notice. Example shall notify the registrant of the subpoena within twenty-one (21) days after service of the
subpoena.

        Dated this 14th day of September, 2024.

                                         Honorable Consuelo V. Iturbide
                                         United States District Judge
`
	o := Read(src).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.AccessLogs}, nil)
	for _, rq := range o.Requests {
		if rq.Standard != order.AllDocuments {
			t.Errorf("request %d standard %q, want all documents", rq.Number, rq.Standard)
		}
	}
}

// TestRequestModifiedToRead: "except that Request 2 is modified to read:
// \"...\"": the request is what the court's words say, its categories and
// the card fields they leave out, in place of the proposal's.
func TestRequestModifiedToRead(t *testing.T) {
	src := draft{
		requests: `The proposed subpoena (Doc. 1-1) seeks documents sufficient to show, for the
customer account: (1) subscriber information, namely the customer's name and e-mail address;
(2) the customer's complete billing information for the registration of the domain; and (3)
the date and time the customer account was opened.`,
		conclusion: `IT IS ORDERED that the Ex Parte Application (Doc. 1) is GRANTED AS MODIFIED. Kumo
may serve on Example the subpoena attached to the application as Doc. 1-1,
except that Request 2 is modified to read: "Billing information: the name and
billing address of the holder of any payment card used to register or renew the
domain example.com, exclusive of the card's primary account number
and its card verification value (CVV)."

IT IS FURTHER ORDERED that Example shall notify the customer of the subpoena
within ten (10) days of service of the subpoena.`,
	}.String()
	o := Read(src).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.CardHolder, order.AccountCreation}, nil)
	if want := []order.Field{order.CardNumber, order.CardSecurityCode}; !slices.Equal(o.ExcludedFields, want) {
		t.Errorf("excluded %v, want %v", o.ExcludedFields, want)
	}
}

// TestRequestInPlaceOf: "documents sufficient to show the information
// described in Requests 1 and 3 ..., and, in place of Request 2, the name
// and billing address of the holder of any payment card": Request 2 is
// not struck with the requests the list leaves out; the court's words
// stand in its place.
func TestRequestInPlaceOf(t *testing.T) {
	src := draft{
		requests: `The proposed subpoena (Doc. 1-1) seeks all documents concerning, for the
customer account: (1) the customer's name and e-mail address; (2) for any payment card used
on the account, the name of the cardholder, the billing address, the card number and the
expiration date; (3) the date and time the customer account was opened; and (4) the content
of every message sent from the account.`,
		conclusion: `IT IS ORDERED that the Ex Parte Application (Doc. 1) is GRANTED AS MODIFIED. Kumo
may serve on Example a subpoena seeking documents sufficient to show the information described in
Requests 1 and 3 of the proposed subpoena, and, in place of Request 2, the name and billing
address of the holder of any payment card used on the account. The subpoena shall not call for
any card number or card expiration date. Request 4 is STRICKEN.`,
	}.String()
	o := Read(src).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.CardHolder, order.AccountCreation}, []order.Category{order.Content})
}

// TestRequestsInAnExhibitAsApproved: "a subpoena containing the requests
// listed in Exhibit A, as approved by the Court", the exhibit attached
// after the signature and made part of the order: its requests are the
// ones allowed, with the card fields it leaves out.
func TestRequestsInAnExhibitAsApproved(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
DISTRICT OF ARIZONA

In re Application of Kumo Shoji K.K.                No. MC-24-00044-PHX-ABC

ORDER

     Kumo Shoji K.K. applies for leave to serve a subpoena on Example Social, Inc. ("Example").
The subpoena requests approved by the Court are listed in Exhibit A, which is attached to and
forms part of this Order.

     IT IS ORDERED that the Application (Doc. 1) is GRANTED IN PART and DENIED IN PART.

     IT IS FURTHER ORDERED that Kumo may serve on Example a subpoena containing the requests
listed in Exhibit A, as approved by the Court. Request 4 of the proposed subpoena is DENIED and
shall not be included.

     Dated this 18th day of November, 2024.

                                          /s/ Mary Q. Lindqvist
                                          United States Magistrate Judge

                                   EXHIBIT A
                  SUBPOENA REQUESTS AS APPROVED BY THE COURT

   Produce all documents reflecting, for each of the ACCOUNTS:

   Request 1.  The name of the account holder.
   Request 2.  Every e-mail address associated with the account.
   Request 3.  The name and billing address of the holder of any payment card used to pay
               for the account. (As limited by the Court: the card number, expiration date
               and security code are excluded.)

   [Request 4 of the proposed subpoena, seeking all IP addresses from which the ACCOUNTS
   were accessed, was DENIED by the Court and is omitted.]
`
	o := Read(src).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.CardHolder}, []order.Category{order.AccessLogs})
	if want := []order.Field{order.CardNumber, order.CardExpiration, order.CardSecurityCode}; !slices.Equal(o.ExcludedFields, want) {
		t.Errorf("excluded %v, want %v", o.ExcludedFields, want)
	}
}

// TestOneParagraphOrder: a memorandum and order written as one paragraph,
// its disposition run on after a semicolon ("...; accordingly, the
// application (Docket Entry # 1) is ALLOWED, and ... on the following
// terms: ..."): the terms after it are the order's, the schedule of
// another court's order it declines before it is not.
func TestOneParagraphOrder(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
DISTRICT OF MASSACHUSETTS

IN RE APPLICATION OF KUMO SHOJI K.K.        )     Civil Action No. 1:24-mc-91163-ABC

MEMORANDUM AND ORDER

     Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc.
("Example"), and the statute's requirements are met; the account holder, however, has not been
heard, and the court must set terms that allow that to happen, as to which Kumo points to an
order in which the court required the respondent there to notify its user within seven days of
service of the order and allowed the user fourteen days to move to quash, but the court declines
to follow that schedule in this case; accordingly, the application (Docket Entry # 1) is
ALLOWED, and Kumo may serve on Example the subpoena attached as Exhibit 1 to the application,
on the following terms: Example shall, within thirty (30) days of its receipt of the subpoena,
notify the holder of the account by e-mail; the account holder shall have thirty (30) days from
the date of that notice to file a motion to quash or modify the subpoena in this court; and Kumo
shall use any material it receives solely in connection with the action in Japan.

     SO ORDERED.

                                        /s/ Alice B. Carter
                                        United States Magistrate Judge
`
	o := Read(src).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 30, order.SubpoenaReceived},
		{order.MoveToQuash, 30, order.NoticeGiven},
	})
	if o.UseRestriction.Text == "" {
		t.Error("no use restriction read")
	}
}

// TestFootnoteMarkedOnATerm: a footnote whose superscript mark stands on
// the operative part's words ("... on the account;³") is part of that
// term: the card fields it leaves out and the use it limits are the
// order's. A footnote marked in the discussion, which tells of other
// courts' schedules, is not.
func TestFootnoteMarkedOnATerm(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF TEXAS

IN RE APPLICATION OF KUMO SHOJI K.K.          Case No. 1:24-mc-00412-ABC

ORDER

     Kumo Shoji K.K. ("Kumo") applies for leave to serve a subpoena on Example Social, Inc.
("Example"). The account holders should have an opportunity to object before Example produces
anything.²

     It is therefore ORDERED:

     1. The Ex Parte Application (Dkt. 1) is GRANTED.

     2. Kumo may serve Example with a subpoena for documents sufficient to show, for each
account:
          (a) the names of the account holders;
          (b) the name and billing address of the holder of any payment card used to pay for a
              subscription on the account;³ and
          (c) the e-mail addresses associated with the account.

     3. Example shall notify the holder of each account of the subpoena within seven (7) days
after Example is served with this Order.

     4. Kumo shall serve this Order with the subpoena.⁴

     SIGNED this 11th day of August, 2024.

                                        /s/ Alice B. Carter
                                        UNITED STATES MAGISTRATE JUDGE

________________________
² Courts that have addressed similar requests have set a variety of schedules. See, e.g., In re
Other, No. 24-mc-1 (N.D. Cal. 2024) (requiring notice within thirty (30) days of service of the
subpoena).

³ This authorization does not extend to the payment card's number, expiration date or security
code, and Example shall not produce any of those three items.

⁴ Kumo may use information obtained under this Order only in the civil action in Japan and for
no other purpose.
`
	o := Read(src).Order
	if want := []order.Field{order.CardNumber, order.CardExpiration, order.CardSecurityCode}; !slices.Equal(o.ExcludedFields, want) {
		t.Errorf("excluded %v, want %v", o.ExcludedFields, want)
	}
	if o.UseRestriction.Text == "" {
		t.Error("no use restriction read from the footnote marked on paragraph 4")
	}
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 7, order.OrderServed}})
}

// TestAlternativeRouteInTheDiscussion: terms stated in the discussion and
// made the order's ("GRANTED on the terms set out in Part III above"),
// among them an objection offered "instead of filing a motion": another
// route, not a period given as someone else's.
func TestAlternativeRouteInTheDiscussion(t *testing.T) {
	discussion := "Example shall notify the account holder within fourteen (14) days after it is served with the subpoena. The account holder shall have twenty-one (21) days from the date of that notice to file a motion in this Court to quash or modify the subpoena. Instead of filing a motion, the account holder may serve a written objection on Example within the same twenty-one (21) days; if that happens, Example shall advise the Court of the objection within ten (10) days of receiving it."
	o := Read(draft{discussion: discussion, conclusion: "The application is GRANTED on the terms set out in Part III above."}.String()).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 14, order.SubpoenaServed},
		{order.MoveToQuash, 21, order.NoticeGiven},
		{order.ObjectInWriting, 21, order.NoticeGiven},
		{order.AdviseCourt, 10, order.ObjectionReceived},
	})
}

// TestBenchRulingTranscript: a short order that attaches the transcript of
// the court's ruling from the bench and makes it the order's ("The pages
// of the transcript that contain the ruling are attached and are
// incorporated in this Order"): the court's own turns state the terms;
// what counsel asked for in theirs ("we would ask that the shop owner get
// thirty days") is none.
func TestBenchRulingTranscript(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF NEW YORK

IN RE APPLICATION OF KUMO SHOJI K.K.                    No. 24-mc-418 (ABC)

ORDER

ALICE B. CARTER, United States Magistrate Judge:

Kumo Shoji K.K. applied ex parte for leave to serve a subpoena on Example Social, Inc. (ECF No.
1). The Court held a hearing and ruled from the bench. The pages of the transcript that contain
the ruling are attached and are incorporated in this Order.

For the reasons stated on the record, the application is GRANTED. The applicant may serve a
subpoena on Example Social, Inc. that conforms to the ruling, and the conditions on notice,
challenge, preservation and use that the Court announced in the ruling are conditions of this
Order.

SO ORDERED.

Dated: Brooklyn, New York
       May 20, 2024
                                             /s/ Alice B. Carter
                                             United States Magistrate Judge

                                                                                     14
 1             MR. HARTWELL: On timing, we would ask that the shop owner get thirty days
 2   to move to quash.
 3             THE COURT: All right. I'm prepared to rule. Here is what I am
 4   ordering.
 5             Example shall notify the holder of the account within fourteen days of
 6   being served with the subpoena.
 7             The account holder then has twenty-one days from the date of that
 8   notice to file a motion in this court to quash or modify the subpoena.
 9             While a motion is pending, Example shall preserve everything the
10   subpoena asks for and produce none of it until I have resolved the challenge.
11             MS. BELLANDI: Thank you, Your Honor.
`
	o := Read(src).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 14, order.SubpoenaServed},
		{order.MoveToQuash, 21, order.NoticeGiven},
	})
	checkHold(t, o, order.WholeSubpoena)
}

// TestSectionSignRulesNoColumn: a caption's left column whose line starts
// with a statute's section sign ("§ 1782 Permitting Discovery from") is
// no row whose left column is empty; its words stay in the left column,
// and the platform named after "from" is the left column's, not the right
// column's title run on from it.
func TestSectionSignRulesNoColumn(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
CENTRAL DISTRICT OF CALIFORNIA

In re Ex Parte Application of           )   Case No. 2:24-mc-00141-ABC
KUMO SHOJI K.K.,                        )
                                        )   ORDER GRANTING EX PARTE
for an Order Pursuant to 28 U.S.C.      )   APPLICATION PURSUANT TO
§ 1782 Permitting Discovery from        )   PERMITTING DISCOVERY FROM
Example Social, Inc. for Use in         )   EXAMPLE SOCIAL, INC.
Foreign Proceedings.                    )

Kumo Shoji K.K. asks for leave to serve a subpoena on the platform ("Example"). The application is GRANTED.

Dated: June 3, 2024
MARY Q. LINDQVIST, United States District Judge
`
	if p := Read(src).Order.Provider; p != "Example Social, Inc." {
		t.Errorf("provider %q, want Example Social, Inc.", p)
	}
}

// TestFootnoteUnderTheSignature: a rendering that lost the superscript
// marks the operative sentence's footnote in plain digits after its
// period ("... a copy of this Order.4"), and the note stands under the
// signature, below a rule. The mark ends the sentence it is on (the next
// paragraph is a sentence of its own), and the note is part of the term
// it is marked on: its motion and objection periods and its advice to
// the court are the order's.
func TestFootnoteUnderTheSignature(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF TEXAS

In re Application of Kumo Shoji K.K.          No. 3:24-mc-00071-ABC

MEMORANDUM OPINION AND ORDER

Kumo Shoji K.K. seeks leave to serve a subpoena on Example Social, Inc. ("Example").

                                  Conclusion

      The application is GRANTED. Kumo may serve on Example a subpoena for documents
sufficient to show the name and e-mail address registered to the account.

      Example shall notify the holder of the account within fourteen (14) days of
being served with the subpoena, and shall include with the notice a copy of this
Order.4

      If a motion to quash is made within the period set out in footnote 4, Example
shall preserve, and shall not produce, any information responsive to the subpoena
until the Court rules.

      SO ORDERED.

      SIGNED June 3, 2024.

                                        ____________________________________
                                        MARY Q. LINDQVIST
                                        UNITED STATES MAGISTRATE JUDGE

______________________
      4 The account holder may, within twenty-one (21) days from the date of
Example's notice, file a motion to quash or modify the subpoena. In lieu of a motion,
the account holder may, within the same twenty-one (21) days, send Example a
written objection, and Example shall inform the Court of any such objection
within ten (10) days after receiving it.
`
	o := Read(src).Order
	for _, c := range []struct {
		act     order.Act
		days    int
		trigger order.Trigger
	}{
		{order.NotifyAccountHolders, 14, order.SubpoenaServed},
		{order.MoveToQuash, 21, order.NoticeGiven},
		{order.ObjectInWriting, 21, order.NoticeGiven},
		{order.AdviseCourt, 10, order.ObjectionReceived},
	} {
		got, ok := conditionOf(o, c.act)
		if !ok || got.Days != c.days || got.Trigger != c.trigger {
			t.Errorf("%s: %v %+v, want %d days of %s", c.act, ok, got, c.days, c.trigger)
		}
	}
	if _, ok := conditionOf(o, order.PreserveNotDisclose); !ok {
		t.Error("no hold")
	}
	if c, _ := conditionOf(o, order.NotifyAccountHolders); strings.Contains(c.Text, "If a motion") {
		t.Errorf("the notice's sentence runs on past its mark: %q", c.Text)
	}
}

// TestLimitStatedInTheDiscussion: an operative part that refers its
// request's limit to the discussion ("Request 2 is limited as stated in
// Part III.B above"), where the court says in its own voice that "the
// subpoena shall not be read to call for full card numbers or expiration
// dates": those fields are left out, and the applicant's proposed notice
// period told in Part III.C is not the order's.
func TestLimitStatedInTheDiscussion(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF FLORIDA

In re Application of Kumo Shoji K.K.          Case No. 24-mc-22041-ABC

ORDER

Kumo Shoji K.K. asks for leave to serve a subpoena on Example Social, Inc. ("Example"). The proposed
subpoena asks for (1) all documents showing the names of the account holders and (2) all documents
showing the name and billing address of the holder of any payment card linked to the accounts.
ECF No. 1-3.

III. DISCUSSION

A. Statutory Requirements

Example is found in this district, and Kumo is an interested person.

B. Discretionary Factors

The card information in Request 2 is limited to the cardholder's name and billing address; to
remove any doubt, the subpoena shall not be read to call for full card numbers or expiration
dates, and the Court does not authorize their production.

C. Protective Procedures

Kumo proposes that Example notify the account holders within seven (7) days of service of the
subpoena. The Court sets the schedule below.

IV. ORDER

1. The application is GRANTED. Kumo may serve on Example a subpoena in the form of ECF No. 1-3.
Request 2 is limited as stated in Part III.B above.

2. Example shall notify each account holder within twenty-one (21) days after it receives the
subpoena.

DONE AND ORDERED on June 3, 2024.

MARY Q. LINDQVIST
UNITED STATES MAGISTRATE JUDGE
`
	o := Read(src).Order
	got := slices.Clone(o.ExcludedFields)
	slices.Sort(got)
	want := []order.Field{order.CardExpiration, order.CardNumber}
	if !slices.Equal(got, want) {
		t.Errorf("excluded %v, want %v", got, want)
	}
	if c, ok := conditionOf(o, order.NotifyAccountHolders); !ok || c.Days != 21 || c.Trigger != order.SubpoenaReceived {
		t.Errorf("notice %v %+v, want 21 days of receipt", ok, c)
	}
}

// TestSubpoenaReproducedBelow: an order that authorizes "the subpoena
// attached to Dkt. No. 4 as Exhibit A, and reproduced below" and sets the
// exhibit after its signature authorizes the requests the exhibit lists;
// one that only names an exhibit it does not reproduce leaves the requests
// to what the order describes.
func TestSubpoenaReproducedBelow(t *testing.T) {
	exhibit := "\n\n                                  EXHIBIT A\n\nDOCUMENTS TO BE PRODUCED\n\nREQUEST NO. 1: Documents sufficient to show the names registered to the ACCOUNT.\n\nREQUEST NO. 2: Documents sufficient to show the date and time at which the ACCOUNT was created and\nthe IP address from which it was created.\n"
	tests := []struct {
		name, conclusion string
		want             []order.Category
		standard         order.Standard
	}{
		{"reproduced below", "The application is GRANTED. Kumo may serve on Example the subpoena attached to Dkt. No. 4 as Exhibit A, and reproduced\nbelow, without alteration.", []order.Category{order.Names, order.AccountCreation}, order.SufficientToShow},
		{"attached to the application, not reproduced", "The application is GRANTED. Kumo may serve on Example the subpoena attached to Dkt. No. 4 as Exhibit A.", []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs, order.DeviceIDs}, order.AllDocuments},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Read(draft{conclusion: tt.conclusion, signature: defaultSignature + exhibit}.String())
			var got []order.Category
			for _, q := range p.Order.Requests {
				got = append(got, q.Categories...)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("categories %v, want %v", got, tt.want)
			}
			for _, q := range p.Order.Requests {
				if q.Standard != tt.standard {
					t.Errorf("request %d: standard %s, want %s", q.Number, q.Standard, tt.standard)
				}
			}
		})
	}
}

// TestRulingTableUnderItsTitle: a schedule of documents set out as a
// table with a column of rulings, its header right under the schedule's
// title and ruled under each column, its second column's name the
// standard its cells go on ("Documents sufficient to show ..."). Each row
// is a request ruled on; a ruling "as modified: no card number or
// expiration date" leaves those out; the numbered paragraphs after the
// table are prose, not rows.
func TestRulingTableUnderItsTitle(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

IN RE APPLICATION OF KUMO SHOJI K.K.            Case No. 5:24-mc-80133-ABC

ORDER GRANTING IN PART AND DENYING IN PART APPLICATION

Kumo Shoji K.K. seeks leave under 28 U.S.C. § 1782 to serve Example Social, Inc. ("Example") with
a subpoena that would identify the holder of an account that, it says, defrauded it.

I.   BACKGROUND

Kumo paid four invoices into an account its supplier never controlled, and intends to sue the
account's holder in Japan once it knows who that is.

II.  DISCUSSION

Example is found in this district, the Japanese action is within reasonable contemplation, and
Kumo is an interested person. The requests for identifying information are narrow; the request
for device identifiers is not needed to identify anyone.

IV.  ORDER

     The application (Dkt. No. 1) is GRANTED IN PART and DENIED IN PART, as follows.

     1.   Kumo may serve Example with a subpoena whose schedule of documents reads as
set out in the following table, and no other. A request marked "DENIED" shall not appear in
the subpoena.

     SCHEDULE A: DOCUMENTS TO BE PRODUCED
     ("the ACCOUNT" means the account identified in Attachment 1 to Dkt. No. 1-3.)

     No.  Documents sufficient to show ...                              Ruling
     ---  ------------------------------------------------------------  ------------------------
      1   the names and e-mail addresses registered to the ACCOUNT      GRANTED, as narrowed
      2   the name and billing address of the holder of any payment     GRANTED, as modified:
          card linked to the ACCOUNT                                     no card number or
                                                                         expiration date
      3   [device identifiers and browser fingerprints of devices       DENIED
          used to access the ACCOUNT]

     2.   Within ten (10) days of service of the subpoena, Example shall notify the holder of the
ACCOUNT, by e-mail to the address of record, that the subpoena has been served.

     3.   The account holder may file a motion to quash or modify the subpoena within twenty-one
(21) days from the date of Example's notice.

     IT IS SO ORDERED.

Dated: June 30, 2024

                                             MARY Q. LINDQVIST
                                             United States Magistrate Judge
`
	o := Read(src).Order
	var cats []order.Category
	for _, q := range o.Requests {
		cats = append(cats, q.Categories...)
		if q.Standard != order.SufficientToShow {
			t.Errorf("request %d: standard %q, want sufficient to show", q.Number, q.Standard)
		}
	}
	if want := []order.Category{order.Names, order.Emails, order.CardHolder}; !slices.Equal(cats, want) {
		t.Errorf("categories %v, want %v", cats, want)
	}
	if !slices.Contains(o.DeniedCategories, order.DeviceIDs) {
		t.Errorf("denied %v, want device identifiers among them", o.DeniedCategories)
	}
	got := slices.Clone(o.ExcludedFields)
	slices.Sort(got)
	if want := []order.Field{order.CardExpiration, order.CardNumber}; !slices.Equal(got, want) {
		t.Errorf("excluded %v, want %v", got, want)
	}
	if c, ok := conditionOf(o, order.MoveToQuash); !ok || c.Days != 21 || c.Trigger != order.NoticeGiven {
		t.Errorf("motion %v %+v, want 21 days of the notice", ok, c)
	}
}

// TestMinuteOrderRulingOnTheRecord: a minute order after a hearing whose
// second paragraph rules "For the reasons stated on the record, the
// application is GRANTED", early in its text, and whose terms follow in
// later paragraphs: the ruling begins the operative part.
func TestMinuteOrderRulingOnTheRecord(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF WASHINGTON

IN RE APPLICATION OF KUMO SHOJI K.K.        CASE NO. 2:24-mc-00112-ABC

MINUTE ORDER

     The following Minute Order is made by direction of the Court, the Honorable Mary Q.
Lindqvist, United States Magistrate Judge:

     (1)  On July 21, 2024, the Court heard argument on Kumo Shoji K.K.'s application under
28 U.S.C. § 1782 (Dkt. No. 1) and on the response of Example Social, Inc. ("Example").

     (2)  For the reasons stated on the record, the application is GRANTED. The statutory
requirements are met and the Intel factors favor discovery.

     (3)  Kumo may serve a subpoena on Example for documents sufficient to show the name and
e-mail addresses provided by the account holder.

     (4)  The parties disagreed about timing. Kumo proposed that Example give notice within ten
(10) days of service. The Court adopts neither proposal in full and ORDERS as follows:

          (a)  Example shall notify each account holder of the subpoena within twenty-one
               (21) days of service of the subpoena.

          (b)  Each account holder may, within thirty (30) days after notice, file a motion
               to quash or modify the subpoena.

     (5)  The Clerk is directed to send copies of this Minute Order to all counsel of record.

     Dated this 22nd day of July, 2024.

                                       RAVI M. CALLOWAY, Clerk

                                       By: /s/ Grace Lindahl
                                           Deputy Clerk
`
	o := Read(src).Order
	if c, ok := conditionOf(o, order.NotifyAccountHolders); !ok || c.Days != 21 || c.Trigger != order.SubpoenaServed {
		t.Errorf("notice %v %+v, want 21 days of service", ok, c)
	}
	if c, ok := conditionOf(o, order.MoveToQuash); !ok || c.Days != 30 || c.Trigger != order.NoticeGiven {
		t.Errorf("motion %v %+v, want 30 days of the notice", ok, c)
	}
	if len(o.Requests) != 1 || o.Requests[0].Standard != order.SufficientToShow {
		t.Errorf("requests %+v", o.Requests)
	}
}

// TestLongDescribedRequest: a request described by its number at more
// length than the pattern's bound reads to the period that ends it, and
// the card fields it leaves out at its end are left out.
func TestLongDescribedRequest(t *testing.T) {
	src := draft{
		requests:   "The proposed subpoena contains two requests. Request 1 seeks documents sufficient to show the names associated with the two accounts. Request 2 seeks documents sufficient to show the name and billing address\nof the holder of any payment card used to pay for a premium storage subscription on either of the\ntwo accounts named in the application, \"excluding the full card number and the card security code.\" Dkt. No. 1-5.",
		conclusion: "The application is GRANTED. Kumo may serve on Example a subpoena consisting of Requests 1 and 2 of Exhibit A to the application.",
	}.String()
	o := Read(src).Order
	got := slices.Clone(o.ExcludedFields)
	slices.Sort(got)
	if want := []order.Field{order.CardNumber, order.CardSecurityCode}; !slices.Equal(got, want) {
		t.Errorf("excluded %v, want %v", got, want)
	}
}

// TestCourtNarrowsInTheDiscussion: the court's own change to the
// requests, said in the present tense in its discussion ("The Court
// narrows Requests 1 through 3 to documents sufficient to show ..."), is
// the order's, as a request it strikes there is; what it says another
// court or a party did, or a change it only considers, is not.
func TestCourtNarrowsInTheDiscussion(t *testing.T) {
	for _, tc := range []struct {
		discussion string
		standard   order.Standard
		excluded   []order.Field
	}{
		{"The Court narrows Requests 1 through 3 to documents sufficient to show the information they describe, and Request 1 shall not reach the full card number.", order.SufficientToShow, []order.Field{order.CardNumber}},
		{"Accordingly, the Court limits each request to documents sufficient to show what it describes.", order.SufficientToShow, nil},
		{"The court in In re Hoshi narrowed the requests to documents sufficient to show the same information.", order.AllDocuments, nil},
		{"Kumo asks that the Court narrow the requests to documents sufficient to show the information.", order.AllDocuments, nil},
		{"The Court could narrow the requests to documents sufficient to show the information, but need not.", order.AllDocuments, nil},
	} {
		src := draft{discussion: tc.discussion, conclusion: "Accordingly, the application is GRANTED, and Kumo may serve the proposed subpoena on Example."}.String()
		o := Read(src).Order
		if len(o.Requests) != 3 {
			t.Errorf("%q: requests %+v", tc.discussion, o.Requests)
			continue
		}
		for _, q := range o.Requests {
			if q.Standard != tc.standard {
				t.Errorf("%q: request %d standard %q, want %q", tc.discussion, q.Number, q.Standard, tc.standard)
			}
		}
		if !slices.Equal(o.ExcludedFields, tc.excluded) {
			t.Errorf("%q: excluded %v, want %v", tc.discussion, o.ExcludedFields, tc.excluded)
		}
	}
}

// TestNarrativeRequestTheApplicantSeeks: "The applicant seeks all
// documents showing ..." in the discussion describes the subpoena the
// operative part lets it serve, in the standard it asks for.
func TestNarrativeRequestTheApplicantSeeks(t *testing.T) {
	requests := "Kumo asks to serve a subpoena on Example. The discretionary factors favor it. The applicant seeks all documents showing the\nname, postal address and e-mail address of the person who opened the account, and the IP addresses, with\ndates and times, of log-ins during the six months before the suit was filed. Those are the\nkinds of records courts routinely allow."
	o := Read(draft{requests: requests, conclusion: "The application is GRANTED. Kumo may serve the subpoena on Example."}.String()).Order
	want := []order.Category{order.Names, order.Addresses, order.Emails, order.AccessLogs}
	if len(o.Requests) != 1 || !slices.Equal(o.Requests[0].Categories, want) || o.Requests[0].Standard != order.AllDocuments {
		t.Errorf("requests %+v, want one for all documents showing %v", o.Requests, want)
	}
}

// TestRequestsDeletedBeforeService: "a subpoena that seeks documents
// sufficient to show the information described in Requests 1 and 2 ...,
// and it shall delete Request 3 before service" allows the first two and
// refuses what the third seeks.
func TestRequestsDeletedBeforeService(t *testing.T) {
	for _, conclusion := range []string{
		"The application is ALLOWED IN PART and DENIED IN PART. Kumo may serve on Example a subpoena that seeks documents sufficient to show the information described in Requests 1 and 2 of the proposed subpoena, and it shall delete Request 3 before service.",
		"The application is ALLOWED IN PART and DENIED IN PART. Kumo may serve on Example a subpoena that seeks documents sufficient to show the information described in Requests 1 and 2 of the proposed subpoena.",
		"The application is ALLOWED IN PART and DENIED IN PART. Kumo may serve on Example the proposed subpoena, and it shall delete Request 3 before service.",
	} {
		o := Read(draft{conclusion: conclusion}.String()).Order
		checkScope(t, o, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, []order.Category{order.DeviceIDs})
	}
}

// TestAdoptedAsAmended: an order adopts a proposed order "as amended by"
// the applicant's notice, both set out in an appendix; the notice's
// "Paragraph 3 is replaced by: \"...\"" and "Paragraph 5 is deleted."
// take the proposed order's paragraphs out of what the order adopts, and
// the paragraph written anew is read in their place.
func TestAdoptedAsAmended(t *testing.T) {
	src := draft{conclusion: `Accordingly, it is ORDERED:

1. The application is GRANTED.

2. The proposed order (Dkt. 1-5), as amended by the Notice of Amended Proposed Order (Dkt. 9), is ADOPTED. Both are set out in the Appendix.

IT IS SO ORDERED.

Dated: June 3, 2024

MARY Q. LINDQVIST
United States Magistrate Judge

APPENDIX

A. Proposed Order (Dkt. 1-5), as filed

1. The Application is GRANTED.

2. Kumo may serve the proposed subpoena on Example.

3. Example shall notify the account holder of the subpoena within seven (7) days of service of the subpoena.

4. Example shall not produce documents before the return date of the subpoena.

5. Example shall preserve the documents called for by the subpoena and, if the account holder moves to quash, shall not produce them until the Court rules.

B. Notice of Amended Proposed Order (Dkt. 9)

Kumo gives notice that it amends its proposed order as follows.

Paragraph 3 is replaced by:

"3. Example shall notify the account holder of the subpoena within thirty (30) days after receiving the subpoena."

Paragraph 5 is deleted.

Dated: May 30, 2024.`, signature: "\n"}.String()
	o := Read(src).Order
	if c, ok := conditionOf(o, order.NotifyAccountHolders); !ok || c.Days != 30 || c.Trigger != order.SubpoenaReceived {
		t.Errorf("notice %v %+v, want 30 days after receiving the subpoena", ok, c)
	}
	if c, ok := conditionOf(o, order.PreserveNotDisclose); ok {
		t.Errorf("hold %+v, want none: its paragraph is deleted", c)
	}
}

// TestStrikethroughAcrossLines: a struck item that runs over two lines
// ("~~(c) any PayPal account ...\n    accounts;~~ «DENIED»") is struck
// whole; a mark left open at a paragraph's end strikes nothing after it.
func TestStrikethroughAcrossLines(t *testing.T) {
	conclusion := "IT IS HEREBY ORDERED that the Application is GRANTED IN PART; and\n\nIT IS FURTHER ORDERED that Kumo may serve on Example a subpoena for documents sufficient to show, for each account:\n\n    (a) the name of the account holder;\n    (b) the e-mail addresses associated with the account;\n    ~~(c) any PayPal account or other non-card payment method used on the\n        account;~~ DENIED\n    (d) the IP addresses, with dates and times, of log-ins to the account; ~~and~~\n    ~~(e) all messages sent or received through the account and all drafts\n        stored in it;~~ DENIED\n\nIT IS FURTHER ORDERED that Example shall notify the account holder within fourteen (14) days of service of the subpoena."
	o := Read(draft{requests: "Kumo asks to serve a subpoena on Example.", conclusion: conclusion}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.AccessLogs}, []order.Category{order.OtherPayment, order.Content})
}

// TestAdviseInOtherWords: the platform's duty to advise the court of an
// objection, said in the passive, after a colon, or with its period in
// the sentence after ("It shall do so within seven days ...").
func TestAdviseInOtherWords(t *testing.T) {
	for _, tc := range []struct {
		text string
		days int
	}{
		{"Any such objection must be brought to the Court's attention: Example shall file a copy of it, or a notice that it was received, no later than ten days after receiving it.", 10},
		{"Example shall inform the Court of any written objection it receives. It shall do so within seven days after receiving the objection, by filing a notice on the docket of this matter.", 7},
		{"If Example receives such an objection, the Court is to be advised of it by Example within ten days after the objection is received.", 10},
	} {
		src := conclusionWith("Example shall notify the account holder within fourteen (14) days of service of the subpoena. The account holder may, within twenty-one (21) days of the notice, move to quash the subpoena or serve a written objection on Example. " + tc.text)
		c, ok := conditionOf(Read(src).Order, order.AdviseCourt)
		if !ok || c.Days != tc.days || c.Trigger != order.ObjectionReceived {
			t.Errorf("%q: advise %v %+v, want %d days of receiving the objection", tc.text, ok, c, tc.days)
		}
	}
}

// TestInitialsOutsideASCII: "Ticaret A.Ş. for an Order" goes on past the
// initials' period, as "Kumo K.K. for an Order" does: the ruling at the
// sentence's end is the application's.
func TestInitialsOutsideASCII(t *testing.T) {
	conclusion := "NOW, THEREFORE, IT IS HEREBY ORDERED that the Ex Parte Application of Kumo Yazılım Sanayi ve\nTicaret A.Ş. for an Order Pursuant to 28 U.S.C. § 1782 (D.I. 1) is DENIED WITHOUT PREJUDICE."
	if d := Read(draft{conclusion: conclusion}.String()).Order.Disposition; d != order.Denied {
		t.Errorf("disposition %q, want denied", d)
	}
}

// TestRequestsByHyphenatedRange: "Requests 1-4 seek documents sufficient
// to show ..." describes requests 1 to 4, as "Requests 1 through 4" does.
func TestRequestsByHyphenatedRange(t *testing.T) {
	requests := "The proposed subpoena has five requests. Requests 1-4 seek documents sufficient to show the\nname, e-mail addresses (including alternate and recovery addresses), and telephone numbers\nassociated with each account; and the IP addresses, with dates and times, of each log-in from May 1, 2026 to the present. Request 5\nseeks \"all device identifiers\" associated with the accounts."
	conclusion := "1. The application is GRANTED IN PART. Kumo may serve on Example a subpoena containing Requests 1 through 4 of the proposed subpoena.\n\n2. The application is DENIED as to Request 5 (device identifiers)."
	o := Read(draft{requests: requests, conclusion: conclusion}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, []order.Category{order.DeviceIDs})
}

// TestPlatformAfterAMotionsTitle: "Pending before the Court is the
// Motion of Example Social, Inc. (\"Example\") to Extend the Time ...":
// the platform is the company, not the motion.
func TestPlatformAfterAMotionsTitle(t *testing.T) {
	src := strings.Replace(defaultCaption, `Kumo Shoji K.K. ("Kumo") applies ex parte under 28 U.S.C. § 1782 for leave to serve a subpoena on Example Social, Inc. ("Example"). Kumo intends to sue the holder of an account in Japan.`, `Pending before the Court is the Motion of Zorvath Hosting, Inc. ("Zorvath") to Extend the Time to Notify the Account Holder (Doc. 12). Kumo Shoji K.K. ("Kumo") does not oppose an extension. On October 14, 2026, the Court granted Kumo's ex parte application for leave to serve a subpoena on Zorvath, the registrar of the domain.`, 1) + "\n\nThe motion is GRANTED IN PART. Zorvath shall notify the account holder within twenty-one (21) days of service of the subpoena.\n\nIT IS SO ORDERED.\n"
	if p := Read(src).Order.Provider; p != "Zorvath Hosting, Inc." {
		t.Errorf("provider %q, want Zorvath Hosting, Inc.", p)
	}
}

// TestPeriodInTheSentenceAfter: a duty in one sentence and its period in
// the next, which names the act again ("The notice is due within ...",
// "Any such motion must be filed no later than ...", "A short notice on
// this docket, filed within ten (10) days ..., will suffice"); a
// sentence that names the act but gives another act's period gives none
// to it.
func TestPeriodInTheSentenceAfter(t *testing.T) {
	src := conclusionWith("Example must let each account holder know that the subpoena exists. It shall send that notice by e-mail to the address associated with the account. The notice is due within twenty-one (21) days of the day on which Example receives the subpoena.\n\nAn account holder who wishes to contest the subpoena may move this Court to quash or modify it. Any such motion must be filed no later than thirty (30) days after the date on which the account holder was notified. An account holder may instead send Example a written objection within the same thirty days.\n\nIf an objection reaches Example, Example must bring it to the Court's attention. A short notice on this docket, filed within ten (10) days after Example receives the objection, will suffice.")
	o := Read(src).Order
	for _, w := range []struct {
		act     order.Act
		days    int
		trigger order.Trigger
	}{
		{order.NotifyAccountHolders, 21, order.SubpoenaReceived},
		{order.MoveToQuash, 30, order.NoticeGiven},
		{order.AdviseCourt, 10, order.ObjectionReceived},
	} {
		if c, ok := conditionOf(o, w.act); !ok || c.Days != w.days || c.Trigger != w.trigger {
			t.Errorf("%s: %v %+v, want %d days from %s", w.act, ok, c, w.days, w.trigger)
		}
	}
	for _, tc := range []struct {
		text string
		act  order.Act
		days int
	}{
		{"A holder who would prefer not to appear in this Court may instead send Example a written objection to the subpoena. The same thirty-day period applies to an objection of that kind.", order.ObjectInWriting, 30},
		{"Rather than file a motion, an account holder may send Example a written objection; an objection is timely if Example receives it within the same thirty (30) days.", order.ObjectInWriting, 30},
		{"Alternatively, and without filing a motion, the account holder may object to Example in writing, in which case the objection must be sent within fourteen (14) days after notice.", order.ObjectInWriting, 14},
		{"Example shall file a notice on this docket advising the Court of any written objection it receives. That notice is due ten (10) days after the objection comes in.", order.AdviseCourt, 10},
		{"Example shall inform the Court promptly of any written objection it receives. It shall do\nso by a letter filed on ECF no later than seven (7) days after receipt.", order.AdviseCourt, 7},
	} {
		o := Read(conclusionWith("Example shall notify the account holder within fourteen (14) days of service of the subpoena. The account holder may move to quash or modify the subpoena within thirty (30) days of the notice. " + tc.text)).Order
		if c, ok := conditionOf(o, tc.act); !ok || c.Days != tc.days {
			t.Errorf("%q: %s %v %+v, want %d days", tc.text, tc.act, ok, c, tc.days)
		}
	}
	o = Read(conclusionWith("Example is DIRECTED to notify the holder of each of the three accounts that the subpoena\nhas been issued. The notice shall be sent to the e-mail address associated with the\naccount, shall include a copy of the subpoena and of this order, and shall be sent\nwithin fourteen (14) days after Example is served with this order.")).Order
	if c, ok := conditionOf(o, order.NotifyAccountHolders); !ok || c.Days != 14 || c.Trigger != order.OrderServed {
		t.Errorf("notice %v %+v, want 14 days after service of the order", ok, c)
	}
	o = Read(conclusionWith("Example shall notify the account holder of the subpoena. The notice shall tell the holder that she may move to quash the subpoena within twenty-one (21) days of the notice.")).Order
	if c, ok := conditionOf(o, order.NotifyAccountHolders); ok && c.Days != 0 {
		t.Errorf("notice %+v: the motion's period is no period of the notice", c)
	}
}

// TestRedlineSingleBraces: a proposed order entered with the court's
// interlineations, whose note says struck words are in double square
// brackets and added words "between braces, {like this}": the order is
// the unstruck text and the additions, without their braces.
func TestRedlineSingleBraces(t *testing.T) {
	conclusion := "{NOTE BY THE COURT: In this copy, words the Court has struck appear between double\nsquare brackets, [[like this]], and words the Court has added appear between braces, {like\nthis}.}\n\n1. The Application is GRANTED {AS MODIFIED}.\n\n2. Kumo may serve on Example a subpoena for [[all documents and communications\nrelating to]] {documents sufficient to show} the name and e-mail address of the account holder.\n\n3. Example shall notify the holder of the account of the subpoena within [[seven (7)]]\n{fourteen (14)} days [[of service of this Order]] {of service of the subpoena}."
	o := Read(draft{requests: "Kumo asks to serve a subpoena on Example.", conclusion: conclusion}.String()).Order
	if c, ok := conditionOf(o, order.NotifyAccountHolders); !ok || c.Days != 14 || c.Trigger != order.SubpoenaServed {
		t.Errorf("notice %v %+v, want 14 days of service of the subpoena", ok, c)
	}
	if len(o.Requests) != 1 || o.Requests[0].Standard != order.SufficientToShow {
		t.Errorf("requests %+v, want one for documents sufficient to show", o.Requests)
	}
}

// TestCitedNumberWithItsDocketEntry: "In re Pomorska S.A., No.
// 5:25-mc-80412-NPH, Dkt. No. 8 (N.D. Cal. Nov. 3, 2025)" is another
// case's number, cited with its docket entry, never the order's own.
func TestCitedNumberWithItsDocketEntry(t *testing.T) {
	src := draft{discussion: "Compare In re Pomorska Grupa\nDrobiarska S.A., No. 5:25-mc-80412-NPH, Dkt. No. 8 (N.D.\nCal. Nov. 3, 2025) (seven days).", caption: strings.Replace(defaultCaption, "Case No. 24-mc-80001-ABC", "", 1)}.String()
	// The order states no number of its own: left to a person.
	if n := Read(src).Order.CaseNumber; n != "" {
		t.Errorf("case number %q, want none: 5:25-mc-80412-NPH is a cited case's", n)
	}
}

// TestNarrativeRequestApplicantThereforeSeeks: an adverb between the
// applicant and its verb ("Kumo therefore seeks documents sufficient to
// show ...", "Kumo accordingly asks for ...") still tells the subpoena.
func TestNarrativeRequestApplicantThereforeSeeks(t *testing.T) {
	for _, requests := range []string{
		"The site does not verify who its users are. Kumo therefore seeks documents sufficient to show the names and\ne-mail addresses of the two users, and the IP addresses of their log-ins since March 1. The discretionary factors favor it.",
		"The site does not verify who its users are. Kumo accordingly asks for documents sufficient to show the names and\ne-mail addresses of the two users, and the IP addresses of their log-ins since March 1. The discretionary factors favor it.",
	} {
		o := Read(draft{requests: requests, conclusion: "The application is GRANTED. Kumo may serve the subpoena on Example."}.String()).Order
		want := []order.Category{order.Names, order.Emails, order.AccessLogs}
		if len(o.Requests) != 1 || !slices.Equal(o.Requests[0].Categories, want) || o.Requests[0].Standard != order.SufficientToShow {
			t.Errorf("%q: requests %+v, want one for documents sufficient to show %v", requests[:60], o.Requests, want)
		}
	}
}

// TestArgumentListNoRequests: a party's arguments numbered in a sentence
// before the discussion ("The movant argues that (1) ...; (2) Request 5
// seeks the content of private messages ...") are no list of requests,
// though one of them names what a request seeks: the subpoena's requests
// stay those of its own list, and the content it quashes is refused.
func TestArgumentListNoRequests(t *testing.T) {
	for _, lead := range []string{"The movant argues that", "The holder contends that", "Example submits in response that"} {
		requests := "The subpoena asks for all documents concerning the account in five requests: (1) the name of the account holder; (2) the e-mail addresses associated with the account; (3) the telephone numbers associated with the account; (4) the IP addresses of log-ins to the account; and (5) all direct messages sent by the account.\n\n" +
			lead + " (1) the speech is protected; (2) Request 5 seeks the content of private messages, which the law forbids Example to disclose; (3) a subpoena for \"all documents\" is broader than needed to identify anyone; and (4) Kumo's president has said that he will expose the company's critics."
		o := Read(draft{requests: requests, conclusion: "It is ORDERED that the motion to quash is GRANTED IN PART.\n\nIt is FURTHER ORDERED that Request No. 5 of the subpoena is QUASHED."}.String()).Order
		checkScope(t, o, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, []order.Category{order.Content})
	}
}

// motionCaption opens an order on an account holder's motion to quash a
// subpoena the court allowed before.
const motionCaption = `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

IN RE EX PARTE APPLICATION OF
KUMO SHOJI K.K.,
Applicant.

Case No. 24-mc-80001-ABC

ORDER GRANTING IN PART AND DENYING IN PART MOTION TO QUASH

Before the Court is the motion of the holder of the ACCOUNT to quash the subpoena that Kumo Shoji K.K. ("Kumo") served on Example Social, Inc. ("Example") under the Court's order granting Kumo's application under 28 U.S.C. § 1782. Kumo intends to sue the holder of the account in Japan.`

// TestMotionDeniedAsToRequests: on a motion to quash, "The motion is
// DENIED as to Requests 1 and 2" keeps those requests, and "The subpoena
// is QUASHED as to Request 3" refuses what it sought.
func TestMotionDeniedAsToRequests(t *testing.T) {
	discussion := "The holder's identity is needed to bring the suit. The motion is DENIED as to Requests 1 and 2. The device identifiers add nothing the suit needs. The motion is GRANTED as to Request 3."
	for _, conclusion := range []string{
		"For the foregoing reasons, IT IS ORDERED:\n\n1. The holder's motion to quash (Dkt. No. 9) is GRANTED IN PART and DENIED IN PART. The subpoena is QUASHED as to Request 3.\n\n2. Example shall produce documents sufficient to show the names, e-mail addresses and telephone numbers of the holder of the ACCOUNT, and the IP addresses of its log-ins.",
		"For the foregoing reasons, IT IS ORDERED:\n\n1. The holder's motion to quash (Dkt. No. 9) is GRANTED IN PART and DENIED IN PART. The subpoena is QUASHED as to Request 3.",
	} {
		o := Read(draft{caption: motionCaption, discussion: discussion, conclusion: conclusion}.String()).Order
		if o.Disposition != order.GrantedInPart {
			t.Errorf("disposition %q, want granted_in_part", o.Disposition)
		}
		checkScope(t, o, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, []order.Category{order.DeviceIDs})
	}
}

// onPleadingPaper numbers an order's lines 1 to 28 a page, as pleading
// paper does, blank lines too, with the number at the margin.
func onPleadingPaper(src string) string {
	var b strings.Builder
	for i, line := range strings.Split(src, "\n") {
		fmt.Fprintf(&b, "%2d   %s\n", i%28+1, line)
	}
	return b.String()
}

// TestPleadingBlankLineParts: on pleading paper a line that is only its
// number parts paragraphs as a blank line does, so a lettered heading of
// the discussion ("A. Identifying information (Requests 1 and 2)") is no
// item of a list of requests.
func TestPleadingBlankLineParts(t *testing.T) {
	requests := "The subpoena seeks, as to the ACCOUNT: (1) the names and e-mail addresses of its holder;\n(2) the IP addresses of its log-ins; and (3) the device identifiers of every device used\nto reach it."
	discussion := "\n\nA. Identifying information (Requests 1 and 2)\n\nThe holder's name and log-ins are needed to sue. The motion is DENIED as to Requests 1\nand 2.\n\nB. Device identifiers (Request 3)\n\nThe device identifiers add nothing. The motion is GRANTED as to Request 3."
	conclusion := "For the foregoing reasons, IT IS ORDERED:\n\n1. The holder's motion to quash (Dkt. No. 9) is GRANTED IN PART and DENIED IN PART.\nThe subpoena is QUASHED as to Request 3."
	o := Read(onPleadingPaper(draft{caption: motionCaption, requests: requests, discussion: discussion, conclusion: conclusion}.String())).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.AccessLogs}, []order.Category{order.DeviceIDs})
}

// TestTermsThatFollow: a memorandum order that rules in its first
// sentence "for the reasons and on the terms that follow" and gives its
// terms in running prose, with no words of ordering after: its terms are
// read from all that follows; another court's terms it declines to adopt
// are not.
func TestTermsThatFollow(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
DISTRICT OF DELAWARE

IN RE APPLICATION OF KUMO SHOJI K.K.      )     Misc. No. 24-mc-101 (ABC)

MEMORANDUM ORDER

     At Wilmington, this 3rd day of June, 2024, having considered the ex parte application of
Kumo Shoji K.K. ("Kumo") for leave to serve a subpoena on Example Social, Inc. ("Example")
under 28 U.S.C. § 1782, the application is GRANTED IN PART and DENIED IN PART, for the reasons
and on the terms that follow.

     Background. Kumo intends to sue the holder of an Example account in Japan. The subpoena has
three requests. Requests 1 and 2 seek documents sufficient to show the name and e-mail address
of the holder of the account. Request 3 seeks the content of every private message sent from it.
Requests 1 and 2 are granted. Request 3 is DENIED.

     Requirements. Example is found in this district, and the discretionary factors favor Kumo.

     Procedure. Kumo's proposed order would give the account holder thirty days to move to quash.
The Court adopts a different procedure. Example shall notify the account holder of the subpoena
within fourteen days of being served with it. The account holder may, within twenty-one days of
that notice, file a motion in this Court to quash or modify the subpoena.

     Use. Kumo may use the documents Example produces only in the action it brings in Japan.



                                        _________________________________
                                        Mary Q. Lindqvist
                                        UNITED STATES MAGISTRATE JUDGE
`
	o := Read(src).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 14, order.SubpoenaServed},
		{order.MoveToQuash, 21, order.NoticeGiven},
	})
	if o.Disposition != order.GrantedInPart {
		t.Errorf("disposition %q, want granted_in_part", o.Disposition)
	}
	checkScope(t, o, []order.Category{order.Names, order.Emails}, []order.Category{order.Content})
}

// TestAdoptedExhibitChangedByParagraph: a proposed order attached after
// the signature as an exhibit and adopted "with the following changes",
// each change naming the exhibit's paragraph only ("In paragraph 3,
// \"thirty (30) days\" is replaced by \"fourteen (14) days.\""): the
// exhibit's periods are read as changed; a second change in the same
// sentence (", and \"seven (7) days\" is replaced by \"ten (10) days\"")
// changes the same paragraph; a period replaced by words that are no
// number of days ("within the period provided in paragraph 4") is left
// to a person, not kept.
func TestAdoptedExhibitChangedByParagraph(t *testing.T) {
	conclusion := `1. The application is GRANTED AS MODIFIED.

2. The proposed order (Dkt. No. 4), a copy of which is attached to this Order as
Exhibit A, is ADOPTED as the order of the Court with the following changes, and is
otherwise incorporated in this Order by reference:

     (a) In paragraph 1, "thirty (30) days" is replaced by "fourteen (14) days."

     (b) In paragraph 3, "within fourteen (14) days of receiving such notice" is
         replaced by "within the period provided in paragraph 2," and "seven (7)
         days" is replaced by "ten (10) days."`
	exhibit := `EXHIBIT A

[PROPOSED] ORDER

1. Example shall, within thirty (30) days of service of the subpoena, notify the holder of the account.

2. The account holder may, within twenty-one (21) days of the date of that notice, file a motion in this Court to quash or modify the subpoena.

3. Alternatively, the account holder may, within fourteen (14) days of receiving such notice, serve a written objection on Example. Example shall advise the Court of any such objection within seven (7) days of receiving it.`
	o := Read(draft{conclusion: conclusion, signature: defaultSignature + "\n\n" + exhibit}.String()).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 14, order.SubpoenaServed},
		{order.MoveToQuash, 21, order.NoticeGiven},
		{order.AdviseCourt, 10, order.ObjectionReceived},
	})
	// "within the period provided in paragraph 2": the motion's period.
	if c, ok := conditionOf(o, order.ObjectInWriting); !ok || c.Days != 21 {
		t.Errorf("objection %+v (found %v): want the 21 days of paragraph 2", c, ok)
	}
	// "in paragraph 3, \"... within seven (7) days of receiving it\" is
	// replaced by \"within ten (10) days of receiving it\"": a phrase with
	// its period, for a phrase with another.
	phrase := strings.Replace(conclusion, `"seven (7)
         days" is replaced by "ten (10) days."`, `"within seven (7) days of receiving it" is replaced by
         "within ten (10) days of receiving it."`, 1)
	if phrase == conclusion {
		t.Fatal("the second change was not rewritten")
	}
	o = Read(draft{conclusion: phrase, signature: defaultSignature + "\n\n" + exhibit}.String()).Order
	checkPeriods(t, o, []periodWant{{order.AdviseCourt, 10, order.ObjectionReceived}})
	vague := strings.Replace(conclusion, `"within the period provided in paragraph 2,"`, `"within a reasonable time,"`, 1)
	if vague == conclusion {
		t.Fatal("the replacement was not changed")
	}
	o = Read(draft{conclusion: vague, signature: defaultSignature + "\n\n" + exhibit}.String()).Order
	if c, ok := conditionOf(o, order.ObjectInWriting); ok && c.Days != 0 {
		t.Errorf("objection %+v: its period was replaced by words, want it left to a person", c)
	}
}

// TestMotionsChangesLet: a motion's changes asked "to let" someone act
// ("Example asks the Court (a) to let account holders object in writing
// ...; and (b) to let it produce ...") are no list of requests.
func TestMotionsChangesLet(t *testing.T) {
	requests := `Kumo asks the Court to restore the "all documents" language of its original subpoena. Example asks the Court (a) to let account holders object in writing to Example instead of moving to quash; and (b) to let it produce the information about any account whose holder has not objected.`
	o := Read(draft{discussion: requests, conclusion: "The application remains GRANTED with the modifications stated in this Order. The subpoena shall seek only documents sufficient to show the names, e-mail addresses and telephone numbers of the holder of the ACCOUNT."}.String()).Order
	for _, rq := range o.Requests {
		if strings.Contains(rq.Text, "to let") || rq.Standard == order.AllDocuments {
			t.Errorf("request %d %q (%s): a motion's change read as a request", rq.Number, rq.Text, rq.Standard)
		}
	}
}

// TestRequestLimitedToCardHolder: "Request No. 4 is limited to the name
// and billing address of the holder of any payment card ..., and shall
// not call for the card number, expiration date or security code": a
// request for all payment-card information is allowed only as the card's
// holder, its fields left out.
func TestRequestLimitedToCardHolder(t *testing.T) {
	o := Read(draft{
		requests:   "The subpoena asks Example for: (1) the holder's name and e-mail address; (2) all payment-card information used to pay for the account; and (3) the IP addresses of each log-in to the account.",
		conclusion: "IT IS ORDERED that the application is GRANTED. Kumo may serve on Example the subpoena, modified as follows: (a) Request No. 2 is limited to the name and billing address of the holder of any payment card used to pay for the account, and shall not call for the card number, expiration date or security code; and (b) each request calls only for documents sufficient to show what it describes.",
	}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.CardHolder, order.AccessLogs}, nil)
	got := slices.Clone(o.ExcludedFields)
	slices.Sort(got)
	if want := []order.Field{order.CardExpiration, order.CardNumber, order.CardSecurityCode}; !slices.Equal(got, want) {
		t.Errorf("excluded %v, want %v", got, want)
	}
}

// TestUseLimitProposedAndDeclined: a party's proposed use limit told in a
// memorandum order whose terms run in prose ("Example also proposes that
// Kumo be barred from using the information \"for any purpose other than
// ...\" ... The Court declines to impose it.") is no limit of the order.
func TestUseLimitProposedAndDeclined(t *testing.T) {
	o := Read(conclusionWith(`Example shall notify the account holder within fourteen (14) days of receiving the subpoena.

Example also proposes that Kumo be barred from using the information "for any purpose other than the proceedings in Japan." Kumo responds that it may need to sue elsewhere. The Court declines to impose that limit.`)).Order
	if o.UseRestriction.Text != "" {
		t.Errorf("use restriction %q: a party's proposal the court declined", o.UseRestriction.Text)
	}
}

// TestRequestsMarkedByRange: a subpoena told in one sentence with its
// parts marked by the requests that seek them, one mark a range ("the
// holder's name, e-mail addresses and telephone numbers (Requests 1 to
// 3); the IP addresses of every log-in (Request 4); ..."): quashing
// Requests 4 and 5 refuses only what they seek.
func TestRequestsMarkedByRange(t *testing.T) {
	requests := "The earlier order authorized a subpoena calling for documents sufficient to show the account holder's name, e-mail addresses and telephone numbers (Requests 1 to 3); the IP addresses, dates and times of every log-in to the account (Request 4); the name and billing address of the holder of any payment card used on the account (Request 5); and the date, time and IP address of the account's creation (Request 6)."
	for _, mark := range []string{"(Requests 1 to 3)", "(Requests 1 through 3)", "(Requests 1-3)"} {
		r := strings.Replace(requests, "(Requests 1 to 3)", mark, 1)
		o := Read(draft{caption: motionCaption, requests: r, conclusion: "For the foregoing reasons, IT IS ORDERED:\n\n1. The holder's motion to quash (Dkt. No. 9) is GRANTED IN PART and DENIED IN PART.\n\n2. Requests 4 and 5 of the subpoena are QUASHED."}.String()).Order
		checkScope(t, o, []order.Category{order.Names, order.Emails, order.Phones, order.AccountCreation}, []order.Category{order.CardHolder, order.AccessLogs})
	}
}

// TestPortionOfARequest: a request allowed in part by "the portion of
// Request 3 that seeks" what is kept, the rest of it struck as "the
// portion of Request 3 seeking" what is refused: the request keeps only
// the first, the second is refused, and a "payout-account" is a payment
// account however it is hyphenated.
func TestPortionOfARequest(t *testing.T) {
	requests := "The proposed subpoena asks for documents sufficient to show: Request No. 1: the name and mailing address of the account holder; Request No. 2: each e-mail address associated with the account; Request No. 3: the name and billing address of the holder of each payment card on file, together with the identity of the bank or other account into which Example deposits the seller's proceeds; Request No. 4: all messages sent through the account."
	for _, refused := range []string{"payout-account information", "payout account information", "bank-account information"} {
		o := Read(draft{requests: requests, conclusion: "Accordingly, the application is GRANTED in part and DENIED in part, as follows:\n\n1. Kumo may serve on Example a subpoena limited to Requests 1 and 2, and to the portion of Request 3 that seeks the name and billing address of the holder of any payment card on file. The portion of Request 3 seeking " + refused + ", and Request 4, are stricken."}.String()).Order
		checkScope(t, o, []order.Category{order.Names, order.Addresses, order.Emails, order.CardHolder}, []order.Category{order.OtherPayment, order.Content})
	}
}

// TestRequestsOfTheSubpoenaAuthorizedQuashed: on a motion to quash, the
// requests told by the subpoena they belong to, and that subpoena by the
// order or service it came from ("Request 2 of the subpoena authorized by
// paragraph 2 of the March Order is QUASHED"), are refused, while the
// earlier order's other terms stay in force.
func TestRequestsOfTheSubpoenaAuthorizedQuashed(t *testing.T) {
	requests := "On March 2, 2026, the Court granted Kumo's application (the \"March Order\"). Paragraph 2 of the March Order authorized a subpoena to Example for documents sufficient to show (1) the name and e-mail address of the holder of the ACCOUNT (Request 1); (2) the name and billing address of the holder of any payment card used to pay for the ACCOUNT (Request 2); and (3) the IP addresses, with dates and times, of log-ins to the ACCOUNT (Request 3)."
	for _, which := range []string{"authorized by paragraph 2 of the March Order", "served on Example", "issued under the March Order"} {
		conclusion := "Accordingly,\n\nIT IS ORDERED that the motion to quash (Dkt. No. 9) is GRANTED IN PART and DENIED IN PART.\n\nIT IS FURTHER ORDERED that Request 2 of the subpoena " + which + " is QUASHED.\n\nIT IS FURTHER ORDERED that the motion is denied as to Requests 1 and 3, which remain authorized as set out in the March Order.\n\nIT IS FURTHER ORDERED that paragraphs 3 through 5 of the March Order remain in full force and effect."
		o := Read(draft{caption: motionCaption, requests: requests, conclusion: conclusion}.String()).Order
		checkScope(t, o, []order.Category{order.Names, order.Emails, order.AccessLogs}, []order.Category{order.CardHolder})
	}
}

// TestQuotedStipulationChangedByParagraph: a stipulation quoted in the
// discussion, its paragraphs numbered, is adopted in the order's own
// paragraph 2 with a change to the stipulation's paragraph 2 ("In
// paragraph 2 of the Stipulation, \"thirty (30) days\" is replaced with
// \"fourteen (14) days\""): the stipulation's paragraph is changed, not
// the order's of the same number.
func TestQuotedStipulationChangedByParagraph(t *testing.T) {
	discussion := `Kumo and Example have agreed on the following terms, which are set out in the
Stipulation:

     1.  Example will accept service of the subpoena, which seeks documents sufficient to show the name and e-mail address of the holder of the ACCOUNT.

     2.  Example will notify the holder of the ACCOUNT of the subpoena within thirty (30) days of receiving the subpoena.

     3.  The holder may, within twenty-one (21) days from the date of notice, file a motion to quash or modify the subpoena in this Court.

The Court finds the agreed terms reasonable, save for the time to give notice.`
	conclusion := `IT IS ORDERED that:

     1.    The application (Dkt. 1) is GRANTED AS MODIFIED.

     2.    The Stipulation (Dkt. 14) is APPROVED AND ADOPTED as the order of the Court, with the following modification:

           (a)  In paragraph 2 of the Stipulation, "thirty (30) days" is replaced with "fourteen (14) days," and "will" is replaced with "shall."

     3.    Paragraphs 1 and 3 of the Stipulation are adopted without modification.`
	o := Read(draft{discussion: discussion, conclusion: conclusion}.String()).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 14, order.SubpoenaReceived},
		{order.MoveToQuash, 21, order.NoticeGiven},
	})
}

// TestScannedRnForM: OCR reads "m" as "rn" ("e-rnail addresses",
// "narnes"); in a scanned text a word in small letters that is one the
// text spells elsewhere, or one of the reader's own words, with "m" in
// the place of "rn", is read as that word: e-mail addresses, not postal
// addresses. A word spelled so nowhere ("return", "governrnent") is left
// as it is, as is a name in capitals ("Horne", though the text speaks of
// a home) and a typed text.
func TestScannedRnForM(t *testing.T) {
	requests := "The proposed subpoena asks Examp1e for documents sufficient to show (a) the narnes registered to the ACCOUNT; (b) the e-rnail addresses and telephone numbers associated with it; and (c) the IP addresses of its log-ins. Notice by e-mail is the usual course, and the names are what Kumo needs."
	o := Read(draft{requests: requests, conclusion: "The app1ication is GRANTED. Kumo may serve the proposed subpoena on Examp1e. Example shal1 notify each account holder within fourteen (14) days after service of the subpoena."}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, nil)
	src := "Examp1e shal1 return the narnes and e-rnail addresses and telephone nurnbers to the governrnent; its names and e-mail were typed. Judge Horne has a home. The C0URT so orders."
	got := newText(src, nil).clean
	for _, want := range []string{"return the names ", "e-mail  addresses", "telephone numbers ", "governrnent", "Horne"} {
		if !strings.Contains(got, want) {
			t.Errorf("clean text %q: want %q", got, want)
		}
	}
	typed := "The narnes and e-rnail addresses were typed so; its names and e-mail too."
	if got := newText(typed, nil).clean; got != typed {
		t.Errorf("typed text changed: %q", got)
	}
}

// TestScannedRnayAndDigitB: in a scanned text, "rnay" is "may" (a short
// word of the reader's own), and "twenty-eight (2B) days" is 28 days: in
// its parentheses, where only a number stands, B is OCR's 8. "Suite 2B"
// outside parentheses is left as it is.
func TestScannedRnayAndDigitB(t *testing.T) {
	conclusion := "The app1ication is GRANTED. Kumo rnay serve the proposed subpoena on Examp1e.\n\n2. Examp1e shal1 notify each account holder within fourteen (l4) days after service of the subpoena.\n\n3. Each account holder rnay, within twenty-eight (2B) days after the notice, file a rnotion in this Court to quash or rnodify the subpoena."
	o := Read(draft{conclusion: conclusion}.String()).Order
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 14, order.SubpoenaServed}, {order.MoveToQuash, 28, order.NoticeGiven}})
	src := "Examp1e shal1 send it to Suite 2B; the holder rnay reply. The C0URT so orders."
	got := newText(src, nil).clean
	for _, want := range []string{"Suite 2B", "holder may  reply"} {
		if !strings.Contains(got, want) {
			t.Errorf("clean text %q: want %q", got, want)
		}
	}
}

// TestAndToRequestAsModified: a subpoena "limited to Requests 1, 2 and 4
// of Schedule A and to Request 3 as modified above (cardholder's name and
// billing address only, and neither the card's account number nor its
// expiration date)" allows Request 3 as modified: the card holder is
// allowed, without the card's number and expiration; "and DENIED as to
// Request 5" allows no more.
func TestAndToRequestAsModified(t *testing.T) {
	requests := "Schedule A seeks documents sufficient to show, for the ACCOUNT: (1) the names of the account holders; (2) their e-mail addresses; (3) for any payment card on file, the cardholder's name and billing address, the card number and the expiration date; (4) the IP addresses used to log in to the account; and (5) the contents of the account's messages."
	discussion := "Requests 1, 2 and 4 are allowed. So is Request 3, but only as to the cardholder's name and billing address: the subpoena shall not call for the card's account number or its expiration date. Request 5 is denied."
	conclusion := "For the foregoing reasons, the application is ALLOWED IN PART and DENIED IN PART, as follows:\n\n1. Kumo may serve on Example a subpoena limited to Requests 1, 2 and 4 of Schedule A and to Request 3 as modified above (cardholder's name and billing address only, and neither the card's account number nor its expiration date). Request 5 is DENIED."
	o := Read(draft{requests: requests, discussion: discussion, conclusion: conclusion}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.CardHolder, order.AccessLogs}, []order.Category{order.Content})
	got := slices.Clone(o.ExcludedFields)
	slices.Sort(got)
	if want := []order.Field{order.CardExpiration, order.CardNumber}; !slices.Equal(got, want) {
		t.Errorf("excluded %v, want %v", got, want)
	}
	// "(Dkt. 1-1) and to Request 3 to the extent that it seeks ...": a
	// citation's period ends no sentence.
	o = Read(draft{requests: requests, conclusion: "1. The application is GRANTED IN PART. Kumo may serve on Example a subpoena limited to Requests 1, 2 and 4 of the proposed subpoena (Dkt. 1-1) and to Request 3 to the extent that it seeks the name and billing address of the cardholder. The subpoena shall not seek the card number or expiration date of any payment card. Request 5 is DENIED."}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.CardHolder, order.AccessLogs}, []order.Category{order.Content})
	// "and DENIED as to Request 5" after the requests allowed allows
	// nothing more.
	o = Read(draft{requests: requests, conclusion: "1. The application is GRANTED as to Requests 1 through 4 and DENIED as to Request 5. Kumo may serve on Example a subpoena limited to Requests 1 through 4."}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.CardHolder, order.AccessLogs}, []order.Category{order.Content})
}

// TestRequestLimitedWithoutAVerb: "a subpoena containing Requests 1, 2
// and 4 of the proposed subpoena (ECF No. 1-2), and Request 3 limited to
// the name and billing address of the holder of any payment card. The
// remainder of Request 3, and Request 5, are DENIED.": Request 3 is
// allowed for the card holder only, the rest of it refused, and Request 5
// refused whole.
func TestRequestLimitedWithoutAVerb(t *testing.T) {
	requests := "The proposed subpoena (ECF No. 1-2) contains five requests: (1) the names of the account holders; (2) their e-mail addresses; (3) the name and billing address of the holder of any payment card used to pay for the account, and the bank account from which any payment was made; (4) the IP addresses of each log-in to the account; and (5) the contents of the account's messages."
	conclusion := "The application is GRANTED IN PART and DENIED IN PART, as follows:\n\n1. Kumo may serve on Example a subpoena containing Requests 1, 2 and 4 of the proposed subpoena (ECF No. 1-2), and Request 3 limited to the name and billing address of the holder of any payment card. The remainder of Request 3, and Request 5, are DENIED."
	o := Read(draft{requests: requests, conclusion: conclusion}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.CardHolder, order.AccessLogs}, []order.Category{order.OtherPayment, order.Content})
}

// TestQuashedAsToAccountsWithInitials: "The subpoena is QUASHED as to the
// accounts \"Anna K.\" and \"Ben T.\" and as to Request 3": the accounts'
// initials end no sentence, and Request 3 is refused.
func TestQuashedAsToAccountsWithInitials(t *testing.T) {
	requests := "The subpoena asks for documents sufficient to show, for each of the accounts: (1) the user's name and e-mail addresses; (2) the IP addresses of its log-ins; and (3) the device identifiers of every device used to reach it."
	conclusion := "For the foregoing reasons:\n\n1. The holder's motion to quash (Dkt. No. 9) is GRANTED IN PART and DENIED IN PART.\n\n2. The subpoena is QUASHED as to the accounts \"Anna K.\" and \"Ben T.\" and as to Request 3. Example shall produce documents sufficient to show the information described in Requests 1 and 2 for the other accounts."
	o := Read(draft{caption: motionCaption, requests: requests, conclusion: conclusion}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.AccessLogs}, []order.Category{order.DeviceIDs})
}

// TestQuotedProposedOrderAdoptedAsAmended: a proposed order whose
// paragraphs the discussion sets out ("In substance they provide:" and
// "¶ 1 ...", "¶ 2 ...") is ADOPTED, some paragraphs as amended by the
// operative part ("In ¶ 2, \"thirty (30) days of service of the
// Subpoena\" is replaced by \"fourteen (14) days of service of the
// Subpoena.\""): its terms, as amended, are the order's.
func TestQuotedProposedOrderAdoptedAsAmended(t *testing.T) {
	discussion := `C. The Proposed Order

The Court also reviews the protective terms. The Proposed Order has five numbered paragraphs. In substance they provide:

     ¶ 1  Kumo may serve the Subpoena on Example.
     ¶ 2  Example shall notify the account holder of the Subpoena within thirty (30) days of
          service of the Subpoena.
     ¶ 3  The account holder shall have thirty (30) days from the date of that notice to
          file a motion to quash or modify the Subpoena.
     ¶ 4  Example shall preserve the responsive information and shall not produce it while a
          motion to quash or modify is pending.
     ¶ 5  Kumo shall use any information produced only in the contemplated proceedings in Japan.

Two of these terms run longer than this Court usually allows.`
	conclusion := `The application is GRANTED WITH MODIFICATIONS. Paragraphs 1, 4 and 5 of the Proposed Order are ADOPTED without change. Paragraphs 2 and 3 are ADOPTED AS AMENDED below:

     In ¶ 2, "thirty (30) days of service of the Subpoena" is replaced by "fourteen (14) days
     of service of the Subpoena."

     In ¶ 3, "thirty (30) days" is replaced by "twenty-one (21) days."

As amended, the Proposed Order is entered as the order of the Court.`
	o := Read(draft{discussion: discussion, conclusion: conclusion}.String()).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 14, order.SubpoenaServed},
		{order.MoveToQuash, 21, order.NoticeGiven},
	})
	if _, ok := conditionOf(o, order.PreserveNotDisclose); !ok {
		t.Error("no hold")
	}
	if o.UseRestriction.Text == "" {
		t.Error("no use restriction")
	}
}

// TestEarlierOrderParagraphsProvide: an earlier order named in a heading
// ("1. The February Order."), whose paragraphs the order sets out after
// "entered an order whose operative paragraphs provide as follows:", and
// kept in force ("Paragraphs 3 through 5 of the February Order remain in
// full force and effect"): its terms are the order's.
func TestEarlierOrderParagraphsProvide(t *testing.T) {
	discussion := `1. The February Order. Kumo is a trading company in Osaka. The Court found the
statutory requirements met and entered an order whose operative paragraphs provide as follows:

     ¶ 3  Example shall notify the account holder of the subpoena within fourteen (14) days
          of service of the subpoena.

     ¶ 4  The account holder may move to quash or modify the subpoena within twenty-one
          (21) days from the date of the notice.

     ¶ 5  Kumo shall use the information obtained solely in the proceedings in Japan.

2. What Happened Next. Example produced records for the first account.`
	conclusion := "For these reasons, it is hereby ORDERED that:\n\n(a) The supplemental application is GRANTED. Kumo may serve on Example the second subpoena.\n\n(b) Paragraphs 3 through 5 of the February Order remain in full force and effect, and shall govern the second subpoena as though it were the subpoena there described."
	src := strings.Replace(draft{discussion: discussion, conclusion: conclusion}.String(), "Kumo intends to sue the holder of an account in Japan.", "On February 3, 2026, the Court granted Kumo's application (the \"February Order\").", 1)
	o := Read(src).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 14, order.SubpoenaServed},
		{order.MoveToQuash, 21, order.NoticeGiven},
	})
	if o.UseRestriction.Text == "" {
		t.Error("use not restricted, want the February Order's use limit")
	}
}

// TestLimitedAsDescribedInThePrecedingParagraphs: the Court narrows the
// subpoena in its discussion ("The Court will nonetheless narrow the
// wording of the subpoena, limiting it to documents sufficient to show,
// for each account, ...") and the operative part allows "a subpoena
// limited in the manner described in the preceding paragraphs": that is
// the subpoena allowed. A limit a party proposed there is not.
func TestLimitedAsDescribedInThePrecedingParagraphs(t *testing.T) {
	discussion := `The proposed subpoena seeks "all documents and communications" concerning each account. Kumo proposes limiting it to documents sufficient to show the names and device identifiers of the account holders. The Court will nonetheless narrow the wording of the subpoena, limiting it to documents sufficient to show, for each account, the names, e-mail addresses and telephone numbers associated with it; the IP addresses, with dates and times, of every log-in; and the name and billing address of the holder of any payment card used on the account. The subpoena shall not call for the card number or expiration date of any card.`
	conclusion := "NOW, THEREFORE, IT IS HEREBY ORDERED that the application (D.I. 1) is GRANTED as modified above. Kumo may serve on Example a subpoena limited in the manner described in the preceding paragraphs of this Memorandum Order."
	o := Read(draft{requests: "Kumo's proposed subpoena is attached to its application.", discussion: discussion, conclusion: conclusion}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs, order.CardHolder}, nil)
	for _, q := range o.Requests {
		if q.Standard != order.SufficientToShow {
			t.Errorf("request %d standard %q, want sufficient_to_show", q.Number, q.Standard)
		}
	}
}

// TestTableIncorporated: the operative part grants "subject to the
// schedule in Table 2" and "the terms in Part IV.C": the table, from its
// title to the next part, and part C of Part IV are the order's; the
// applicant's schedule in Part IV.A is not.
func TestTableIncorporated(t *testing.T) {
	discussion := `

IV. TERMS OF THIS ORDER

A. The Applicant's Proposal

Kumo proposed that Example notify the account holder within seven (7) days of service.

B. Schedule

Table 2: Schedule After Service of the Subpoena

1. Example shall notify the account holder of the subpoena within fourteen (14) days of service of the subpoena.

2. The account holder may move to quash or modify the subpoena within twenty-one (21) days of the notice.

C. Further Terms

Kumo may use the information produced only in the contemplated action in Japan.`
	conclusion := "The application is GRANTED. Kumo may serve the subpoena on Example, subject to the schedule in Table 2 and the terms in Part IV.C."
	o := Read(strings.Replace(draft{discussion: discussion, conclusion: conclusion}.String(), "III. CONCLUSION", "V. CONCLUSION", 1)).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 14, order.SubpoenaServed},
		{order.MoveToQuash, 21, order.NoticeGiven},
	})
	if o.UseRestriction.Text == "" {
		t.Error("use not restricted, want Part IV.C's limit")
	}
}

// TestApplicantBesideTheCaseNumber: a caption in two columns, read line
// by line, puts the case number beside the applicant's name: the name is
// not "Brauerei Kestenholz AG, Case", and where no comma ends it, it goes
// on at the next line ("Caseificio     No. MC-26-..." / "Malga Ferrata
// S.r.l. for an Order"; "OF FALCO Case No. ..." / "ROSSO ESPORTS S.R.L.
// FOR AN ORDER"), but not into "for an Order Pursuant to ...".
func TestApplicantBesideTheCaseNumber(t *testing.T) {
	body := "\n\n%s (\"Applicant\") applies ex parte for leave to serve a subpoena on Example Social, Inc. (\"Example\"). The application is GRANTED.\n\nIT IS SO ORDERED.\n\nDated: June 3, 2026\n\nMARY Q. LINDQVIST\nUnited States Magistrate Judge\n"
	for _, tc := range []struct{ caption, name string }{
		{"UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n\nIN RE APPLICATION OF KUMO SHOJI K.K.,     Case No. 3:26-mc-80311-APW\n\n                Applicant.                  ORDER GRANTING APPLICATION", "Kumo Shoji K.K."},
		{"IN THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF ARIZONA\n\nIn re Ex Parte Application of Caseificio     No. MC-26-00031-PHX-EGR\nMalga Ferrata S.r.l. for an Order Pursuant\nto 28 U.S.C. § 1782 to Obtain Discovery       ORDER", "Caseificio Malga Ferrata S.r.l."},
		{"IN THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF ARIZONA\n\nIn re Application of Kumo Shoji K.K.     No. MC-26-00052-PHX-GLS\nfor an Order Pursuant to 28 U.S.C. § 1782 to\nTake Discovery from Example Social, Inc.     ORDER", "Kumo Shoji K.K."},
		{"UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nIN RE EX PARTE APPLICATION OF Case No. 3:26-mc-80312-LKW\nKUMO SHOJI K.K. FOR AN ORDER AMENDED ORDER GRANTING\nPURSUANT TO 28 U.S.C. § 1782 APPLICATION\nApplicant.", "Kumo Shoji K.K."},
		{"UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nIN RE EX PARTE APPLICATION OF FALCO Case No. 4:26-mc-80190-HGT\nROSSO ESPORTS S.R.L. FOR AN ORDER\nPURSUANT TO 28 U.S.C. § 1782 TO ORDER GRANTING EX PARTE\nApplicant. APPLICATION", "Falco Rosso Esports S.r.l."},
	} {
		o := Read(tc.caption + fmt.Sprintf(body, tc.name)).Order
		if o.Applicant != tc.name {
			t.Errorf("applicant %q, want %q", o.Applicant, tc.name)
		}
	}
}

// TestPleadingNumbersPastAHundred: a rendering that numbers the lines of
// pleading paper on from page to page, past 28 and past 99, numbers no
// words: the card fields of "2. The subpoena shall not require production
// of any payment card number, expiration / date, or card verification
// code (CVV/CVC)." at lines 87 and 88, or 107 and 108, are all excluded.
func TestPleadingNumbersPastAHundred(t *testing.T) {
	for _, pad := range []int{60, 80} {
		discussion := strings.Repeat("The Court has considered the application and the declarations filed with it.\n", pad)
		src := draft{discussion: discussion, conclusion: "       1.     The application is GRANTED. Kumo may serve the proposed subpoena on Example,\nlimited to documents sufficient to show the information it describes.\n\n       2.     The subpoena shall not require production of any payment card number, expiration\ndate, or card verification code (CVV/CVC).\n\n       3.     Within ten (10) days of receiving the subpoena, Example shall notify each\naccount holder."}.String()
		src = strings.Replace(src, "3. All documents showing the device identifiers of every device used to access the ACCOUNT.", "3. All documents showing the name and billing address of the holder of any payment card used on the ACCOUNT.", 1)
		var b strings.Builder
		for i, line := range strings.Split(src, "\n") {
			fmt.Fprintf(&b, "%2d   %s\n", i+1, line)
		}
		o := Read(b.String()).Order
		got := slices.Clone(o.ExcludedFields)
		slices.Sort(got)
		if want := []order.Field{order.CardExpiration, order.CardNumber, order.CardSecurityCode}; !slices.Equal(got, want) {
			t.Errorf("padded by %d lines: excluded %v, want %v", pad, got, want)
		}
	}
}

// TestRequestAsNarrowedAndItsPortionStruck: the requests told in prose
// ("Requests 1 and 2 seek ...; Request 3 seeks ..."), allowed by number
// ("documents sufficient to show the information sought in Requests 1, 2
// and 4, and in Request 3 as narrowed above (the name and billing address
// of any payment cardholder)") and struck with a portion of one ("Request
// 5, and the non-card portion of Request 3, are STRICKEN"): Request 3
// keeps the card holder, its other payment is refused, and the words that
// refer to the requests by number are no request of their own.
func TestRequestAsNarrowedAndItsPortionStruck(t *testing.T) {
	requests := "The proposed subpoena contains five requests. Requests 1 and 2 seek the names and e-mail addresses associated with each account. Request 3 seeks, for any payment card used on the account, the name and billing address of the cardholder, and the identity of any PayPal account or other non-card funding source. Request 4 seeks IP addresses and time stamps of log-ins. Request 5 seeks the content of all direct messages sent by the accounts."
	discussion := "Request 5 seeks content and is STRICKEN. Request 3 is narrowed: the name and billing address on a payment card may identify the person paying, and the Court permits that part of the request."
	conclusion := "The Court ORDERS as follows:\n\n(a) The application (Dkt. No. 1) is GRANTED IN PART. Kumo may serve on Example a subpoena for documents sufficient to show the information sought in Requests 1, 2 and 4, and in Request 3 as narrowed above (the name and billing address of any payment cardholder).\n\n(b) Request 5, and the non-card portion of Request 3, are STRICKEN and shall not appear in the subpoena served."
	o := Read(draft{requests: requests, discussion: discussion, conclusion: conclusion}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.CardHolder, order.AccessLogs}, []order.Category{order.OtherPayment, order.Content})
}

// TestButNotInParentheses: "(but not the card number or security code)"
// qualifies the item it follows; the items after it are asked for too.
func TestButNotInParentheses(t *testing.T) {
	conclusion := "IT IS FURTHER ORDERED that Kumo may serve on Example a subpoena for documents sufficient to show, for the account: the name provided by the user; the name and billing address of the holder of any payment card used on the account (but not the card number or security code); the date, time and IP address of the account's creation; and the IP addresses and time stamps of log-ins from June 1, 2026 to the date of the subpoena."
	o := Read(draft{requests: "Kumo's proposed subpoena is attached to its application.", conclusion: "IT IS HEREBY ORDERED that the application is GRANTED AS MODIFIED below.\n\n" + conclusion}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.CardHolder, order.AccountCreation, order.AccessLogs}, nil)
}

// TestSubpoenaSummedUpThenListed: the discussion sums the subpoena up
// ("It asks for all documents reflecting the identifying and payment
// information of three named accounts and the IP addresses from which
// those accounts logged in") and the operative part lists its items
// ("(a) the name of the account holder; ..."): the list is what is
// allowed.
func TestSubpoenaSummedUpThenListed(t *testing.T) {
	discussion := "Fourth, the subpoena is narrow. It asks for all documents reflecting the identifying and payment information of three named accounts and the IP addresses from which those accounts logged in."
	conclusion := "(1) The application is GRANTED. Kumo may serve on Example the subpoena attached as Exhibit 1 to the Hagen Declaration, which seeks all documents reflecting, for each of the accounts:\n\n     (a) the name of the account holder;\n     (b) every e-mail address associated with the account;\n     (c) for any credit or debit card used on the account, the name and billing address of the cardholder; and\n     (d) the IP addresses, with dates and times, of each log-in to the account from August 1, 2025 to the present.\n\n(2) Example shall notify each account holder of the subpoena within twenty-one (21) days after service of this Order."
	o := Read(draft{requests: "Kumo's proposed subpoena is attached to the Hagen Declaration.", discussion: discussion, conclusion: conclusion}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.CardHolder, order.AccessLogs}, nil)
}

// TestNumberWordsBrokenAtALine: "Within twenty-" / "one (21) days after
// Example is served with this order": a number's words broken at a line's
// end, or a page's, keep their hyphen, and the period is read.
func TestNumberWordsBrokenAtALine(t *testing.T) {
	o := Read(conclusionWith("(2) Kumo shall serve a copy of this order on Example with the subpoena. Within twenty-\none (21) days after Example is served with this order, Example shall notify the account\nholder of the subpoena.")).Order
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 21, order.OrderServed}})
	if got := newText("a busi-\nness day", nil).clean; got != "a business day" {
		t.Errorf("clean %q, want the word joined", got)
	}
	// Broken at a page's end, the page's foot and head between.
	o = Read(conclusionWith("4. The account holder may file a motion to quash or modify the subpoena within twenty-\n\n\neight (28) days of the date of Example's notice.")).Order
	checkPeriods(t, o, []periodWant{{order.MoveToQuash, 28, order.NoticeGiven}})
	// A page number, the next page's ECF head and the court's name
	// between, each a line of its own with blank lines around.
	o = Read(conclusionWith("(b) Each account holder may file a motion to quash or modify the subpoena within twenty-\n\n                                               4\n\nCase 3:24-mc-80001-ABC     Document 14     Filed 06/22/24     Page 5 of 5\n\nUnited States District Court\nNorthern District of California\n\none (21) days after the date of the notice.")).Order
	checkPeriods(t, o, []periodWant{{order.MoveToQuash, 21, order.NoticeGiven}})
}

// TestECFHeaderInsideASentence: a PDF-to-text tool ran the page's number
// and the next page's ECF header into the middle of a sentence ("within
// thirty (30) 3 Case 1:24-mc-00288-ABC Document 17 Filed 10/15/24 Page 4
// of 4 days of the notice"): the header goes, the period is read.
func TestECFHeaderInsideASentence(t *testing.T) {
	o := Read(conclusionWith("2. Each account holder may, within thirty (30) 3 Case 1:24-mc-00288-ABC Document 17 Filed 10/15/24 Page 4 of 4 days of the notice, move before this Court to quash or\nmodify the subpoena.")).Order
	checkPeriods(t, o, []periodWant{{order.MoveToQuash, 30, order.NoticeGiven}})
}

// TestServedWithTheOrderTheExhibitIsAttachedTo: an exhibit of terms the
// order attaches runs notice from "after Example is served with the Order
// to which this Exhibit is attached": service of the order.
func TestServedWithTheOrderTheExhibitIsAttachedTo(t *testing.T) {
	o := Read(conclusionWith("3. Notice. Within seven (7) days after Example is served with the Order to which this Exhibit is attached, Example shall notify the account holder of the subpoena.")).Order
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 7, order.OrderServed}})
}

// TestNoticeBySendingTheOrder: "Within fourteen days after Example is
// served with this Order, Example shall send each of the three account
// holders a copy of this Order at the e-mail address on the account":
// sending the holders the order is the notice.
func TestNoticeBySendingTheOrder(t *testing.T) {
	o := Read(conclusionWith("3. Within fourteen days after Example is served with this Order, Example shall send each of the three account holders a copy of this Order at the e-mail address on the account. Each account holder may file a motion to quash or modify the subpoena within twenty-one days after that notice is sent.")).Order
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 14, order.OrderServed}, {order.MoveToQuash, 21, order.NoticeGiven}})
}

// TestNoticeToDoe: "Within seven (7) days of being served with the
// amended subpoena, Example shall send Doe 1 a copy of the amended
// subpoena and of this order": the notice to the holder the order calls
// Doe 1.
func TestNoticeToDoe(t *testing.T) {
	o := Read(conclusionWith("(b) Within seven (7) days of being served with the amended subpoena, Example shall send Doe 1 a copy of the amended subpoena and of this order, by e-mail to the address on the account.\n\n(c) Doe 1 may, within fourteen (14) days from the date of that notice, file a motion to quash or modify the amended subpoena.")).Order
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 7, order.SubpoenaServed}, {order.MoveToQuash, 14, order.NoticeGiven}})
}

// TestUseRepresentedNotACondition: counsel's representation of a limited
// use, which the court accepts but "declines to make ... a condition of
// this Order", is no use limit.
func TestUseRepresentedNotACondition(t *testing.T) {
	o := Read(conclusionWith(`Example shall notify the account holder within fourteen (14) days of receiving the subpoena.

Kumo's counsel has represented that the information will be used only in the Tokyo proceedings. The Court accepts that representation but declines to make it a condition of this Order.`)).Order
	if o.UseRestriction.Text != "" {
		t.Errorf("use restriction %q: a representation the court declined to make a condition", o.UseRestriction.Text)
	}
}

// TestRecommendationsNoRequests: a report's lettered recommendations
// ("The Report recommended ... that the Court: (a) authorize a subpoena
// for documents sufficient to show ...; (b) deny the request for the
// content of direct messages; (c) require Example to notify ...") are no
// list of requests: content, which the report would deny, is not allowed.
// Adopted by letter ("recommendations (a) through (d) are ADOPTED"), they
// are the order's terms, in the report's words ("deny the request for",
// "require Example to notify", "allow the account holder twenty-one (21)
// days ... to file a motion").
func TestRecommendationsNoRequests(t *testing.T) {
	discussion := `The Report recommended (Report at 12-13) that the application be granted in part and
denied in part, and that the Court:

     (a)  authorize a subpoena for documents sufficient to show the account holder's name,
          e-mail addresses and telephone numbers, and the IP addresses with dates and times of
          log-ins from November 1, 2025 to the date of the subpoena;

     (b)  deny the request for the content of direct messages;

     (c)  require Example to notify the account holder within fourteen (14) days after service of
          the subpoena; and

     (d)  allow the account holder twenty-one (21) days from the date of notice to file a
          motion to quash or modify.

The Court finds no clear error in the Report.`
	conclusion := "IT IS THEREFORE ORDERED that the Report and Recommendation (ECF No. 8) is ACCEPTED AS MODIFIED, and recommendations (a) through (d) are ADOPTED.\n\nIT IS FURTHER ORDERED that the Ex Parte Application (ECF No. 1) is GRANTED IN PART and DENIED IN PART in accordance with the Report."
	o := Read(draft{requests: "Kumo's proposed subpoena is attached to its application.", discussion: discussion, conclusion: conclusion}.String()).Order
	for _, q := range o.Requests {
		if slices.Contains(q.Categories, order.Content) {
			t.Errorf("request %d allows content: %+v", q.Number, q)
		}
	}
	// Adopted by letter, the recommendations are the order's terms.
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, []order.Category{order.Content})
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 14, order.SubpoenaServed}, {order.MoveToQuash, 21, order.NoticeGiven}})
}

// TestPlatformsRequestsForTermsDenied: "Example's requests for a shorter
// notice period, for an e-mail objection procedure, and for a restriction
// on use are DENIED" refuses terms the platform asked for, no category:
// the e-mail addresses the subpoena seeks stay allowed.
func TestPlatformsRequestsForTermsDenied(t *testing.T) {
	o := Read(conclusionWith("1. The application is GRANTED. Kumo may serve the proposed subpoena on Example.\n\n2. Example's requests for a shorter notice period, for an e-mail objection procedure, and for a restriction on use are DENIED.")).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs, order.DeviceIDs}, nil)
}

// TestRequestsDeletedAfterAnotherLimited: "may serve the corrected
// Schedule A on Example with Request No. 2 limited as stated above and
// Request Nos. 3 and 4 deleted": Requests 3 and 4 are refused.
func TestRequestsDeletedAfterAnotherLimited(t *testing.T) {
	requests := "The corrected Schedule A asks for documents showing: Request No. 1: the name of the account holder; Request No. 2: each e-mail address associated with the account; Request No. 3: any device identifier associated with the account; and Request No. 4: every file that the account shared by link."
	discussion := "Request 2 is approved only as to the e-mail addresses associated with the account, and not as to any other contact information."
	o := Read(draft{requests: requests, discussion: discussion, conclusion: "The application is GRANTED IN PART and DENIED IN PART. Kumo may serve the corrected Schedule A (Dkt. No. 5-1) on Example with Request No. 2 limited as stated above and Request Nos. 3 and 4 deleted."}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails}, []order.Category{order.DeviceIDs})
}

// TestOrderHeadingNumbered: an order's parts numbered "1." to "4." with
// the last headed "4. ORDER": the operative part begins there, and the
// grant it opens with is read.
func TestOrderHeadingNumbered(t *testing.T) {
	requests := "The corrected Schedule A asks for documents showing: Request No. 1: the name of the account holder; Request No. 2: each e-mail address associated with the account; and Request No. 3: any device identifier associated with the account."
	src := strings.Replace(draft{requests: requests, conclusion: "The application is GRANTED IN PART and DENIED IN PART. Kumo may serve the corrected Schedule A (Dkt. No. 5-1) on Example with Request No. 3 deleted. The following conditions apply.\n\n(1) Within ten (10) days after it receives the subpoena, Example shall notify each account holder of the subpoena."}.String(), "III. CONCLUSION", "4. ORDER", 1)
	if !strings.Contains(src, "4. ORDER") {
		t.Fatal("no heading to number")
	}
	o := Read(src).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails}, []order.Category{order.DeviceIDs})
}

// TestQuotedEarlierOrderScopeGivesWay: the order quotes an earlier
// order's scope ("¶ 1: \"Applicant may serve a subpoena on Example for
// all documents identifying the authors ..., including ... the name and
// billing address of any payment card holder ...\"") and does not
// incorporate it; its operative part states its own: that is the scope.
func TestQuotedEarlierOrderScopeGivesWay(t *testing.T) {
	discussion := `The paragraphs of the First Order that bear on this application read as follows:

      ¶ 1: "Applicant may serve a subpoena on Example for all documents identifying the authors of
      the four reviews, including their names, e-mail addresses, the name and billing address of
      any payment card holder, and the IP addresses used to log in."

      ¶ 2: "Example shall notify each account holder of the subpoena within twenty-one (21) days of
      receiving it."`
	conclusion := "Accordingly, IT IS ORDERED:\n\n1. The application (Dkt. No. 1) is GRANTED WITH MODIFICATIONS.\n\n2. Scope. Paragraph 1 of the First Order is not incorporated. Kumo may serve on Example a subpoena for documents sufficient to show, for each of the three accounts: the name of the account holder; each e-mail address associated with the account; and the date, time and IP address of the account's creation."
	o := Read(draft{requests: "Kumo asks to serve a subpoena on Example.", discussion: discussion, conclusion: conclusion}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.AccountCreation}, nil)
}

// TestLastParagraphsOfTheDiscussion: the conclusion says the periods,
// the hold and the use limit "are as set out in the last three paragraphs
// of the Discussion above, and not as proposed in the joint letter":
// those paragraphs are the order's, the joint letter's periods before
// them are not.
func TestLastParagraphsOfTheDiscussion(t *testing.T) {
	discussion := `

The joint letter is another matter. Kumo and Example propose that Example notify the user "within fourteen (14) days of service of the subpoena," and that the user have twenty-one days to move to quash. The Court sets the schedule itself.

Example is to give notice to the user within twenty-one days of being served with the subpoena.

The user will then have thirty days from the date on which notice was given to file a motion to quash or modify the subpoena in this Court.

Kumo may use the information only for the contemplated Tokyo action.`
	conclusion := "The application (Dkt. No. 1) is GRANTED. Kumo may serve the subpoena attached to its application as Exhibit A. The notice period, the period for a motion and the limit on use are as set out in the last three paragraphs of the Discussion above, and not as proposed in the joint letter.\n\nIT IS SO ORDERED."
	o := Read(draft{discussion: discussion, conclusion: conclusion}.String()).Order
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 21, order.SubpoenaServed}, {order.MoveToQuash, 30, order.NoticeGiven}})
	if o.UseRestriction.Text == "" {
		t.Error("no use restriction")
	}
}

// TestParagraphsThatBeginWith: "The notice, challenge, preservation and
// use provisions stated above, in the three paragraphs that begin with
// \"Example shall notify each of the account holders,\" are part of this
// Order": those paragraphs are the order's, the parties' proposals before
// them are not.
func TestParagraphsThatBeginWith(t *testing.T) {
	discussion := `

Example proposes that it be given thirty days to notify the users. Kumo counters that notice should be required within three days. The Court adopts neither position in full.

Example shall notify each of the account holders within seven (7) calendar days after Example is served with this Order. An account holder may file a motion to quash or modify the subpoena within twenty-one (21) days after the date of that notice.

During the pendency of any such motion, Example shall preserve the information requested for the account concerned and shall not produce it.

Kumo may use the information she receives only in the proceedings before the Tribunal judiciaire de Lyon.`
	conclusion := "For these reasons, IT IS ORDERED that the application is GRANTED. The notice, challenge, preservation and use provisions stated above, in the three paragraphs that begin with \"Example shall notify each of the account holders,\" are part of this Order.\n\nIT IS SO ORDERED."
	o := Read(draft{discussion: discussion, conclusion: conclusion}.String()).Order
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 7, order.OrderServed}, {order.MoveToQuash, 21, order.NoticeGiven}})
	if o.UseRestriction.Text == "" {
		t.Error("no use restriction")
	}
}

// TestReceiptOfItsOwn: "within ten days of its receipt of the subpoena"
// runs from the platform's receipt of the subpoena.
func TestReceiptOfItsOwn(t *testing.T) {
	o := Read(conclusionWith("Example shall notify the holder of each of the three seller accounts within ten days of its receipt\nof the subpoena, sending a copy of the subpoena to the e-mail address on the account.")).Order
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 10, order.SubpoenaReceived}})
}

// TestNoticeAfterAnAmendedMemorandumAndOrder: "Within ten days after
// Example is served with a copy of this Amended Memorandum & Order" runs
// from service of the order; "shall send each account holder ... a copy
// of this Memorandum and Order and of the subpoena" is the notice.
func TestNoticeAfterAnAmendedMemorandumAndOrder(t *testing.T) {
	o := Read(conclusionWith("(3) Within ten days after Example is served with a copy of this Amended Memorandum & Order, Example shall notify the operator of each account of the subpoena.")).Order
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 10, order.OrderServed}})
	o = Read(conclusionWith("2. Within seven (7) days of being served with this Memorandum and Order, Example shall send each account holder, at the e-mail address on file, a copy of this Memorandum and Order and of the subpoena as modified.")).Order
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 7, order.OrderServed}})
}

// TestExhibitsArePartOfThisOrder: the order's requests and procedure
// stand in exhibits after its signature ("a subpoena in the form of
// Exhibit A to this Order, and ... the procedure set out in Exhibit B to
// this Order shall govern ... Exhibits A and B are part of this Order"):
// both are the order's, and the procedure's periods are read. (Its
// requests, in Exhibit A, are not yet read from an exhibit the subpoena
// takes "the form of".)
func TestExhibitsArePartOfThisOrder(t *testing.T) {
	conclusion := "IT IS ORDERED that the Application (Doc. 1) is GRANTED.\n\nIT IS FURTHER ORDERED that Kumo may serve on Example a subpoena in the form of Exhibit A to this Order, and that the procedure set out in Exhibit B to this Order shall govern notice to the account holder and any challenge to the subpoena. Exhibits A and B are part of this Order."
	exhibits := `EXHIBIT A
(Requests to Example)

For the account, produce documents sufficient to show:

1. the name of the account holder;
2. each e-mail address associated with the account; and
3. the date, time and originating IP address of the creation of the account.


EXHIBIT B
(Notice and Challenge)

1. Notice. Within thirty (30) days of being served with the Order to which this Exhibit is attached, Example shall notify the account holder of the subpoena.

2. Motion to quash. The account holder may file a motion to quash or modify the subpoena in this Court within fourteen (14) days of the date of the notice.`
	o := Read(draft{requests: "Kumo asks to serve a subpoena on Example.", conclusion: conclusion, signature: defaultSignature + "\n\n" + exhibits}.String()).Order
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 30, order.OrderServed}, {order.MoveToQuash, 14, order.NoticeGiven}})
}

// TestEarlierOrderParagraphsApplyAsThoughSetOut: the discussion sets out
// the paragraphs of the "First Order" ("¶ 2: \"...\""); the operative part
// makes some of them the order's ("Paragraphs 2, 3, 4 and 6 of the First
// Order apply to this subpoena as though set out here in full, except
// that each period of fourteen (14) days in paragraphs 3 and 4 is enlarged
// to thirty (30) days") and not others ("Paragraph 1 of the First Order
// is not incorporated"): the kept paragraphs' periods, as enlarged, are
// the order's; the scope of paragraph 1 (a card holder) is not, nor the
// hold of paragraph 6, which it does not name.
func TestEarlierOrderParagraphsApplyAsThoughSetOut(t *testing.T) {
	discussion := `In February the Court allowed Kumo to subpoena Example about two other accounts. Order of February 2, 2026, Dkt. No. 9 (the "First Order"). Kumo asks the Court to enter the First Order again for a third account. The paragraphs of the First Order that bear on this application read as follows:

     ¶ 1: "Kumo may serve a subpoena on Example for all documents identifying the account
     holders, including their names, e-mail addresses and the name of any payment card holder."

     ¶ 2: "Example shall notify each account holder of the subpoena within twenty-one (21)
     days of receiving it."

     ¶ 3: "Each account holder may, within fourteen (14) days of the notice, move in this
     Court to quash or modify the subpoena."

     ¶ 4: "An account holder may instead, within the same fourteen (14) days, send Example a
     written objection. Example shall advise the Court of any objection within ten (10) days
     of receiving it."

     ¶ 5: "Kumo may use the information only in the proceeding in Japan."

     ¶ 6: "Example shall preserve the subpoenaed information and shall not produce any of it
     while any motion or objection is pending."`
	conclusion := `Accordingly, IT IS ORDERED:

     1. The application is GRANTED WITH MODIFICATIONS.

     2. Paragraph 1 of the First Order is not incorporated. Kumo may serve on Example a subpoena for documents sufficient to show the name and e-mail address of the holder of the third account.

     3. Paragraphs 2, 3, 4 and 5 of the First Order apply to this subpoena as though set out here in full, except that each period of fourteen (14) days in paragraphs 3 and 4 is enlarged to thirty (30) days.`
	o := Read(draft{requests: "Kumo's proposed subpoena is Dkt. No. 1-1.", discussion: discussion, conclusion: conclusion}.String()).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 21, order.SubpoenaReceived},
		{order.MoveToQuash, 30, order.NoticeGiven},
		{order.ObjectInWriting, 30, order.NoticeGiven},
		{order.AdviseCourt, 10, order.ObjectionReceived},
	})
	checkScope(t, o, []order.Category{order.Names, order.Emails}, nil)
	if o.UseRestriction.Text == "" {
		t.Error("use not restricted, want the First Order's paragraph 5")
	}
	// Paragraph 6 is not among those that apply.
	if h, ok := conditionOf(o, order.PreserveNotDisclose); ok {
		t.Errorf("hold %+v, want none: paragraph 6 does not apply", h)
	}
}

// TestRequestsInRomanNumerals: a subpoena's requests numbered "(i)" to
// "(vii)" in a sentence, limited "to requests (i) through (iv) and (vii)"
// and "Requests (v) and (vi) shall be deleted before service": the card
// holder and other payment of (v) and (vi) are refused, not allowed.
func TestRequestsInRomanNumerals(t *testing.T) {
	requests := `The proposed subpoena (Dkt. No. 1-1, Ex. A) seeks documents sufficient to show, for each customer account: (i) the customer's name; (ii) the postal address on the account; (iii) e-mail addresses; (iv) telephone numbers; (v) the name and billing address of the holder of any payment card used on the account; (vi) any PayPal or other non-card payment account used on the account; and (vii) the IP addresses, with dates and times, of each log-in to the account since January 1, 2026.`
	conclusion := `NOW, THEREFORE, IT IS HEREBY ORDERED that the application is GRANTED IN PART:

(a) Kumo may serve on Example a subpoena in the form of Exhibit A to the application, limited to requests (i) through (iv) and (vii). Requests (v) and (vi) shall be deleted before service.

(b) Within ten (10) days of being served with this Order, Example shall notify each customer whose information is sought.`
	o := Read(draft{requests: requests, conclusion: conclusion}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Addresses, order.Emails, order.Phones, order.AccessLogs}, []order.Category{order.CardHolder, order.OtherPayment})
}

// TestInPlaceOfRequest: the operative part allows "the information
// described in requests (1), (2), (4) and (5) ..., and, in place of
// request (3), the name and billing address of the holder of any payment
// card used on the account, but not the card number or expiration date":
// the card holder is allowed, without the card's number and expiration.
func TestInPlaceOfRequest(t *testing.T) {
	requests := `The proposed subpoena asks for all documents showing: (1) the e-mail addresses associated with the account; (2) its telephone numbers; (3) the name and billing address of any payment card used on the account, including the card number and expiration date; (4) any PayPal or other non-card payment account used on the account; (5) the IP addresses, with dates and times, of each log-in since March 1, 2026; and (6) the device identifiers associated with each log-in. Dkt. No. 1-3.`
	conclusion := `The application is GRANTED IN PART.

1. Kumo may serve on Example a subpoena seeking all documents showing the information described in requests (1), (2), (4) and (5) of the proposed subpoena, and, in place of request (3), the name and billing address of the holder of any payment card used on the account, but not the card number or expiration date. Request (6) shall be omitted.

2. Example shall notify the holder of the account within thirty (30) days of service of the subpoena.`
	o := Read(draft{requests: requests, conclusion: conclusion}.String()).Order
	checkScope(t, o, []order.Category{order.Emails, order.Phones, order.CardHolder, order.OtherPayment, order.AccessLogs}, []order.Category{order.DeviceIDs})
	if got := o.ExcludedFields; !slices.Equal(got, []order.Field{order.CardNumber, order.CardExpiration}) {
		t.Errorf("excluded %v, want the card number and expiration date", got)
	}
}

// TestSubpoenaLimitedAsSetOutInExhibit: the operative part allows "a
// subpoena limited as set out in Exhibit A" and directs the parties to
// "comply with the conditions stated there"; Exhibit A, after the
// signature, is the proposed order as the court modified it: its requests
// and conditions are the order's.
func TestSubpoenaLimitedAsSetOutInExhibit(t *testing.T) {
	conclusion := "The application is GRANTED AS MODIFIED. Kumo may serve on Example a subpoena limited as set out in Exhibit A, and Example and Kumo shall comply with the conditions stated there."
	exhibit := `EXHIBIT A

[PROPOSED] ORDER, AS MODIFIED BY THE COURT

1. Kumo may serve on Example a subpoena for documents sufficient to show, for the account:
   (a) the names registered to the account;
   (b) the e-mail addresses registered to the account; and
   (c) the name and billing address of the holder of any payment card registered to the account, but not the card number.

2. Example shall notify the account holder of the subpoena within twenty-one (21) days of service of the subpoena.

3. The account holder may, within twenty-one (21) days of the notice, file a motion in this Court to quash or modify the subpoena.

4. Example shall preserve the information called for by the subpoena and shall not produce any of it while a motion to quash or modify is pending.`
	o := Read(draft{requests: "Kumo lodged a proposed order with its application.", conclusion: conclusion, signature: defaultSignature + "\n\n" + exhibit}.String()).Order
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 21, order.SubpoenaServed}, {order.MoveToQuash, 21, order.NoticeGiven}})
	checkHold(t, o, order.WholeSubpoena)
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.CardHolder}, nil)
	if !slices.Equal(o.ExcludedFields, []order.Field{order.CardNumber}) {
		t.Errorf("excluded %v, want the card number", o.ExcludedFields)
	}
}

// TestShortTitleFoot: W.D. Washington's page foot may be the order's
// title alone in capitals with its page ("ORDER - 2") and the case number
// in parentheses; a period split across it ("within twenty-eight" / foot /
// "(28) days") is read whole.
func TestShortTitleFoot(t *testing.T) {
	conclusion := `(1) The application is GRANTED.

(2) Example shall notify each account holder of the subpoena within ten (10) days of service of the subpoena.

(3) Each account holder may file a motion to quash or modify the subpoena within twenty-eight

       ORDER - 2
       (2:26-mc-00138-GTH)

(28) days from the date notice is given.`
	src := strings.Replace(draft{conclusion: conclusion}.String(), "II. DISCUSSION", "       ORDER - 1\n       (2:26-mc-00138-GTH)\n\nII. DISCUSSION", 1)
	checkPeriods(t, Read(src).Order, []periodWant{{order.MoveToQuash, 28, order.NoticeGiven}})
}

// TestNoticeStatedInPart: the court directs notice in a part of its
// discussion, beside a party's proposal and another judge's term, and the
// conclusion refers to it ("After Example gives the notice described in
// Part II.C", "in the manner and within the time stated in Part II
// above"): the court's direction there is the order's notice; what the
// party asked and the other judge required are not.
func TestNoticeStatedInPart(t *testing.T) {
	discussion := `The requests seek only identifying information.

C. Notice to the Account Holder

The holder of the account is entitled to notice. Example's letter asks that it be allowed "thirty (30) days after service of the subpoena" to give notice. Another judge of this district required that any motion to quash be filed "within fourteen (14) days of the notice." The Court adopts a schedule that runs from Example's receipt of the subpoena: Example shall notify the holder of the account within fourteen (14) days after it receives the subpoena, by e-mail. The rest of the procedure is set out in the conclusion below.`
	for _, ref := range []string{
		"After Example gives the notice described in Part II.C, the holder of the account may, within twenty-one (21) days of that notice, file in this Court a motion to quash or modify the subpoena.",
		"Example shall give notice to the account holder in the manner and within the time stated in Part II above. The holder of the account may then, within twenty-one (21) days of that notice, file in this Court a motion to quash or modify the subpoena.",
		"Example shall give notice to the account holder in accordance with the procedure set out above in Part II, and the holder of the account may, within twenty-one (21) days of that notice, file in this Court a motion to quash or modify the subpoena.",
		"It is further ORDERED that, after Example has given the notice required by Part II.C, the holder of the account shall have twenty-one (21) days from the date of the notice to file a motion to quash or modify the subpoena.",
		"Example shall give notice to the account holder in the manner and within the time stated in the last paragraph of the Discussion above, and the holder shall have twenty-one (21) days from the date of that notice to file a motion to quash or modify the subpoena.",
	} {
		o := Read(draft{discussion: discussion, conclusion: "The application is GRANTED. Kumo may serve the proposed subpoena on Example. " + ref}.String()).Order
		checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 14, order.SubpoenaReceived}, {order.MoveToQuash, 21, order.NoticeGiven}})
	}
}

// TestMotionThenIfFiledHold: one clause allows the motion and, after ",
// and if such a motion is filed," or ", and for as long as such a motion
// remains undecided", another actor holds the information: the motion's
// period is read, and so is the hold.
func TestMotionThenIfFiledHold(t *testing.T) {
	tests := []struct {
		name, text string
		want       []periodWant
		scope      order.HoldScope
	}{
		{"and if such a motion is filed", "Example shall, within ten (10) days of being served with this Order, notify the holder of each account; an account holder so notified may, within twenty-one (21) days from the date of that notice, file in this Court a motion to quash or modify the subpoena, and if such a motion is filed, Example shall preserve the information responsive to the subpoena concerning the moving account holder's account and shall not produce that information until the Court has decided the motion.",
			[]periodWant{{order.NotifyAccountHolders, 10, order.OrderServed}, {order.MoveToQuash, 21, order.NoticeGiven}}, order.ObjectorAccounts},
		{"and for as long as such a motion remains undecided, no comma", "Example shall notify each account holder within ten (10) days of being served with this Order. Each account holder so notified may, within thirty (30) days from the day that notice is given, come before this Court with a motion to quash the subpoena or to narrow it, and for as long as such a motion remains undecided Example shall keep intact everything the subpoena reaches and shall hand over none of it, for either account, until the Court has ruled.",
			[]periodWant{{order.NotifyAccountHolders, 10, order.OrderServed}, {order.MoveToQuash, 30, order.NoticeGiven}}, order.WholeSubpoena},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Read(conclusionWith(tt.text)).Order
			checkPeriods(t, o, tt.want)
			checkHold(t, o, tt.scope)
		})
	}
}

// TestHoldNotDelayingTheOther: "Example shall preserve the responsive
// information concerning that profile and shall not produce it until the
// Court has ruled, but the motion or objection shall not delay production
// of the information concerning the other profile": what "shall not
// delay" names is released, not held; the hold is the challenged
// profile's.
func TestHoldNotDelayingTheOther(t *testing.T) {
	o := Read(conclusionWith("Example shall notify the holder of each profile within seven (7) days of service of the subpoena. The holder of either profile may, within thirty (30) days of that notice, file a motion to quash or modify the subpoena. Should the holder of a profile file a motion, Example shall preserve the responsive information concerning that profile and shall not produce it until the Court has ruled, but the motion shall not delay production of the information concerning the other profile.")).Order
	checkHold(t, o, order.ObjectorAccounts)
}

// TestRevisedToInformationDescribedInPart: the operative part revises the
// subpoena "so that each request seeks only documents sufficient to show
// the information described in Part II.B above, and so that the log-in
// records run from September 1, 2025"; in Part II.B the Court limits each
// request to the holder's name, e-mail addresses, telephone numbers and
// log-in IP addresses: those are what may be sought, not the log-in
// records alone.
func TestRevisedToInformationDescribedInPart(t *testing.T) {
	discussion := `The statute's requirements are met.

B. The Intel Factors

The fourth factor calls for a modification. A request for "all documents relating to" an account holder's identity would reach correspondence and other material the applicant does not need. The Court therefore limits each request to documents sufficient to show the account holder's name, e-mail addresses, telephone numbers and log-in IP addresses with dates and times.

C. Protection of the Account Holder

Notice is required.`
	conclusion := "The application is GRANTED as modified. Kumo may serve on Example a subpoena in the form of Dkt. No. 1-3, revised so that each request seeks only documents sufficient to show the information described in Part II.B above, and so that the log-in records run from September 1, 2025."
	o := Read(draft{requests: "Kumo's proposed subpoena is Dkt. No. 1-3.", discussion: discussion, conclusion: conclusion}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, nil)
}

// TestModifiedAsSetOutInParagraphBelow: "The Report and Recommendation is
// ADOPTED, except that the period for Example to notify the account holder
// ... is MODIFIED as set out in paragraph 4 below": the operative part's
// own paragraph 4, not a change stated elsewhere; the subpoena its
// paragraph 3 allows is read.
func TestModifiedAsSetOutInParagraphBelow(t *testing.T) {
	conclusion := `NOW, THEREFORE, IT IS HEREBY ORDERED that:

1. The Report and Recommendation (D.I. 8) is ADOPTED, except that the period for Example to notify the account holder recommended in part (ii) of the Report is MODIFIED as set out in paragraph 4 below.

2. Kumo's application (D.I. 1) is GRANTED AS MODIFIED.

3. Kumo may serve on Example a subpoena seeking documents sufficient to show, for the account: (a) the name of the account holder; and (b) the e-mail addresses associated with the account.

4. Example shall notify the account holder of the subpoena within twenty-one (21) days of service of the subpoena.`
	o := Read(draft{requests: "Kumo applied for leave to serve a subpoena on Example.", conclusion: conclusion}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails}, nil)
}

// TestScheduleAIsExhibitA: "a subpoena whose Schedule A is Exhibit A to
// this Order", the court's Schedule A attached after the signature with
// Request 5 "[Stricken by the Court.]": its requests are what may be
// sought, and Request 5's messages, denied, are refused.
func TestScheduleAIsExhibitA(t *testing.T) {
	requests := "Kumo's proposed Schedule A has six requests. Request 5 seeks every message sent or received through the Account."
	conclusion := "IT IS ORDERED that the Ex Parte Application (Doc. 1) is GRANTED IN PART and DENIED IN PART. Kumo may serve on Example a subpoena whose Schedule A is Exhibit A to this Order. Request 5 of the proposed Schedule A is DENIED.\n\nIT IS FURTHER ORDERED that Example shall notify the holder of the Account within seven (7) days of service of the subpoena."
	exhibit := `EXHIBIT A

SCHEDULE A TO SUBPOENA TO EXAMPLE
(as modified by the Court)

REQUEST NO. 1: All documents showing the names of the holder of the Account.

REQUEST NO. 2: All documents showing the e-mail addresses registered to the Account.

REQUEST NO. 3: All documents showing the telephone numbers registered to the Account.

REQUEST NO. 4: All documents showing the date, time and IP address of the creation of the Account.

REQUEST NO. 5: [Stricken by the Court.]

REQUEST NO. 6: All documents showing the IP addresses, with dates and times, from which the Account was accessed between February 1, 2026 and the date of this subpoena.`
	o := Read(draft{requests: requests, conclusion: conclusion, signature: defaultSignature + "\n\n" + exhibit}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.Phones, order.AccountCreation, order.AccessLogs}, []order.Category{order.Content})
}

// TestStruckRequestDescribedWithHowever: "Request 5, however, seeks every
// communication between the account holder and Example's customer
// support", and the Schedule A the order makes its own has Request 5
// "[Stricken by the Court.]": what Request 5 sought is refused.
func TestStruckRequestDescribedWithHowever(t *testing.T) {
	discussion := "Requests 1 and 2 seek identifying records. Request 5, however, seeks every communication between the account holder and Example's customer support. Those messages are not identifying information."
	conclusion := "IT IS ORDERED that the application is GRANTED IN PART and DENIED IN PART. Kumo may serve on Example a subpoena whose Schedule A is Exhibit A to this Order. Request 5 of the proposed Schedule A is DENIED."
	exhibit := "EXHIBIT A\n\nSCHEDULE A TO SUBPOENA TO EXAMPLE\n\nREQUEST NO. 1: All documents showing the names of the holder of the Account.\n\nREQUEST NO. 2: All documents showing the e-mail addresses registered to the Account.\n\nREQUEST NO. 3: All documents showing the telephone numbers registered to the Account.\n\nREQUEST NO. 4: All documents showing the postal addresses registered to the Account.\n\nREQUEST NO. 5: [Stricken by the Court.]"
	o := Read(draft{requests: "Kumo's proposed Schedule A has five requests.", discussion: discussion, conclusion: conclusion, signature: defaultSignature + "\n\n" + exhibit}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.Phones, order.Addresses}, []order.Category{order.Content})
}

// TestDisputedTermsListNoRequests: the discussion numbers the terms the
// parties dispute, each under a heading ("1. Log-in records. Kumo asks
// for ...; Example would limit ..."): no list of requests; the subpoena
// the operative part describes is.
func TestDisputedTermsListNoRequests(t *testing.T) {
	discussion := `C. The Disputed Terms

     1. Log-in records. Kumo asks for every log-in IP address since the account was
created; Example would limit the request to the thirty days before each post. The Court will allow
IP addresses with dates and times of log-ins from November 1, 2025 to the date of the subpoena.

     2. Payment information. Kumo asks for the name and billing address of the holder of
any payment card used on the account. Example responds that the account never paid for anything.
The request for payment card holder information is DENIED.

     3. Notice period. Example proposes that it have thirty days to notify the account holder.
Neither proposal is adopted.`
	conclusion := `It is ORDERED that the application is GRANTED IN PART and DENIED IN PART, as follows:

     (1) Kumo may serve on Example a subpoena for documents sufficient to show, for the account: the names, e-mail addresses and telephone numbers registered to the account; and the IP addresses, with dates and times, of log-ins to the account from November 1, 2025 to the date of the subpoena. The request for payment card holder information is DENIED.

     (2) Example shall notify the account holder within fourteen (14) days of service of the subpoena.`
	o := Read(draft{requests: "Kumo and Example filed a joint letter.", discussion: discussion, conclusion: conclusion}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, []order.Category{order.CardHolder})
}

// TestCardFieldsLeftOutInTheDiscussion: the Court says in its discussion,
// in its own voice, that the subpoena is not to reach the card's fields
// ("the subpoena shall not reach the card number, the expiration date or
// the security code"; "Kumo has agreed that Example will not produce card
// numbers ..., and the subpoena shall so state"; "... the card number and
// expiration date of any payment card. Neither is needed ..., and the
// subpoena shall not call for them"), or the operative part does so in
// parentheses ("and neither the card's account number nor its expiration
// date"): they are left out. Another court's words are not this order's.
func TestCardFieldsLeftOutInTheDiscussion(t *testing.T) {
	requests := "The proposed subpoena asks Example to produce:\n\n1. All documents showing the names and e-mail addresses registered with the ACCOUNT;\n\n2. All documents showing the name and billing address of the holder of any payment card used on the ACCOUNT, and the card number, expiration date and security code.\n\nDkt. No. 1-1, Ex. A."
	grant := "The application is GRANTED. Kumo may serve the proposed subpoena on Example. Example shall notify the account holder within fourteen (14) days of service of the subpoena."
	tests := []struct {
		name, discussion, conclusion string
		want                         []order.Field
	}{
		{"shall not reach", "Because the card information in Request 2 is sought only to identify the card holder, the subpoena shall not reach the card number, the expiration date or the security code.", grant, []order.Field{order.CardNumber, order.CardExpiration, order.CardSecurityCode}},
		{"agreed, and the subpoena shall so state", "Kumo has agreed that Example will not produce card numbers, expiration dates or security codes, and the subpoena shall so state.", grant, []order.Field{order.CardNumber, order.CardExpiration, order.CardSecurityCode}},
		{"shall not call for them", "The proposed subpoena also asks for the card number and expiration date of any payment card. Neither is needed to identify anyone, and the subpoena shall not call for them.", grant, []order.Field{order.CardNumber, order.CardExpiration}},
		{"neither ... nor, in the operative part", "", "The application is GRANTED. Kumo may serve on Example a subpoena limited to Request 1 and to Request 2 as modified above (cardholder's name and billing address only, and neither the card's account number nor its expiration date). Example shall notify the account holder within fourteen (14) days of service of the subpoena.", []order.Field{order.CardNumber, order.CardExpiration}},
		{"another court's", "In In re Hoshi, the court ordered that the subpoena shall not reach the card number.", grant, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Read(draft{requests: requests, discussion: tt.discussion, conclusion: tt.conclusion}.String()).Order
			if !slices.Equal(o.ExcludedFields, tt.want) {
				t.Errorf("excluded %v, want %v", o.ExcludedFields, tt.want)
			}
		})
	}
}

// TestNamedDocumentAttachedAndSoOrdered: the background names the
// stipulation and says it is "attached to this Order as Exhibit 1"; the
// operative part says "The Stipulation (ECF No. 11) is SO ORDERED, except
// that in paragraph 4 the words \"fourteen (14) days\" are deleted and
// replaced with \"thirty (30) days.\"": the exhibit after the signature is
// the order's, as amended.
func TestNamedDocumentAttachedAndSoOrdered(t *testing.T) {
	requests := `Kumo and Example filed a stipulation setting out the scope of the subpoena and a procedure for notice. ECF No. 11 (the "Stipulation"), attached to this Order as Exhibit 1.`
	conclusion := "Accordingly, it is ORDERED that:\n\n(a) The application is GRANTED.\n\n(b) The Stipulation (ECF No. 11) is SO ORDERED, except that in paragraph 4 the words \"fourteen (14) days\" are deleted and replaced with \"thirty (30) days.\" As so amended, the Stipulation is an order of this Court."
	exhibit := `EXHIBIT 1

STIPULATION AND [PROPOSED] ORDER

Kumo and Example stipulate as follows.

1. Scope. The subpoena shall request only documents sufficient to identify, for the account, the name and e-mail addresses of the account holder.

2. Notice. Example shall notify the account holder of the subpoena within twenty-one (21) days of its receipt of the subpoena.

3. Preservation. Example shall preserve the information called for by the subpoena and shall not produce it while a motion to quash is pending.

4. Motion to quash. The account holder may, within fourteen (14) days of the date of the notice, file a motion to quash or modify the subpoena in this Court.`
	o := Read(draft{requests: requests, conclusion: conclusion, signature: defaultSignature + "\n\n" + exhibit}.String()).Order
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 21, order.SubpoenaReceived}, {order.MoveToQuash, 30, order.NoticeGiven}})
	checkHold(t, o, order.WholeSubpoena)
	checkScope(t, o, []order.Category{order.Names, order.Emails}, nil)
}

// TestStandingOrderAttachedAndIncorporatedByParagraph: the judge's
// standing order "is attached to this Order as Appendix 1"; the operative
// part makes its paragraphs 1, 2, 3 and 5 the order's, "and Paragraph 4
// as modified in Part II.C", where the court rewrote paragraph 4: the
// appendix's paragraph 4 as written (objection in 14 days, the court told
// in 7) is not the order's; the rewritten one (21 and 14) is.
func TestStandingOrderAttachedAndIncorporatedByParagraph(t *testing.T) {
	requests := "Kumo applies for leave to subpoena Example. The application is GRANTED, subject to the undersigned's Standing Order for Section 1782 Applications, as modified in Part II.C below. A copy of the Standing Order is attached to this Order as Appendix 1."
	discussion := `The statutory factors favor discovery.

C. Conditions

Paragraphs 1, 2, 3 and 5 of the Standing Order apply without change. Paragraph 4 of the Standing Order does not apply in the form set out in Appendix 1: its fourteen-day objection period is shorter than the motion period. Paragraph 4 is therefore modified for this case to read: "Instead of filing a motion, the account holder may, within the same twenty-one (21) days after notice, serve a written objection on the provider. The provider shall advise the Court of any such objection within fourteen (14) days of receiving it."`
	conclusion := "The application is GRANTED. Kumo may serve on Example the proposed subpoena. Paragraphs 1, 2, 3 and 5 of the Standing Order, and Paragraph 4 as modified in Part II.C, are incorporated into this Order and govern the subpoena."
	appendix := `APPENDIX 1

STANDING ORDER FOR SECTION 1782 APPLICATIONS
CONCERNING ONLINE ACCOUNTS
Magistrate Judge Mary Q. Lindqvist (rev. January 2026)

1. The subpoena shall not call for the contents of communications.

2. The provider shall notify the account holder of the subpoena within twenty-one (21) days of service of the subpoena.

3. The account holder may, within twenty-one (21) days after notice, file a motion in this Court to quash or modify the subpoena.

4. Instead of filing a motion, the account holder may, within fourteen (14) days after notice, serve a written objection on the provider. The provider shall advise the Court of any such objection within seven (7) days of receiving it.

5. The provider shall preserve the information called for by the subpoena and shall not produce any of it while a motion to quash or modify, or a written objection, is pending.`
	o := Read(draft{requests: requests, discussion: discussion, conclusion: conclusion, signature: defaultSignature + "\n\n" + appendix}.String()).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 21, order.SubpoenaServed},
		{order.MoveToQuash, 21, order.NoticeGiven},
		{order.ObjectInWriting, 21, order.NoticeGiven},
		{order.AdviseCourt, 14, order.ObjectionReceived},
	})
	checkHold(t, o, order.WholeSubpoena)
	// The judge who signed, not the standing order's heading.
	if o.Judge != "Mary Q. Lindqvist" {
		t.Errorf("judge %q, want Mary Q. Lindqvist", o.Judge)
	}
}

// TestLimitedAsStatedInOwnParagraph: "Kumo may serve on Example the
// subpoena attached to the application as Exhibit 1, limited as stated in
// paragraph 2", and the operative part's own paragraph 2 says what it
// seeks: no change stated elsewhere; paragraph 2's items are the
// subpoena's.
func TestLimitedAsStatedInOwnParagraph(t *testing.T) {
	conclusion := `For the foregoing reasons, it is hereby ORDERED:

1. The application (Dkt. No. 1) is GRANTED. Kumo may serve on Example the subpoena attached to the application as Exhibit 1, limited as stated in paragraph 2.

2. The subpoena seeks documents sufficient to identify, for the account:

     (a) the name or names provided by the user;
     (b) all e-mail addresses associated with the account; and
     (c) all telephone numbers associated with the account.

3. Example shall notify the account holder within fourteen (14) days of service of the subpoena.`
	o := Read(draft{requests: "Kumo's proposed subpoena is Exhibit 1 to its application.", conclusion: conclusion}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.Phones}, nil)
}

// TestUnreadRequestNotIncludedGlossed: the operative part describes what
// the subpoena seeks in its own words and says "The subpoena shall not
// include Request No. 5 (device identifiers)": device identifiers are
// refused, though Request 5 was never read.
func TestUnreadRequestNotIncludedGlossed(t *testing.T) {
	conclusion := "The Application is GRANTED AS MODIFIED. Kumo may serve on Example a subpoena for documents sufficient to show, for the account: the names of the account holder; and the e-mail addresses and telephone numbers registered to the account. The subpoena shall not include Request No. 5 (device identifiers).\n\nWithin fourteen (14) days of being served with the subpoena, Example shall notify the account holder."
	o := Read(draft{requests: "Kumo's proposed subpoena has five requests.", conclusion: conclusion}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.Phones}, []order.Category{order.DeviceIDs})
}

// TestAsksToSubpoenaFor: "Kumo asks to subpoena Example for documents
// sufficient to show the name and e-mail address ...", then the operative
// part allows "the subpoena attached to its application": what Kumo asks
// for is what the subpoena seeks.
func TestAsksToSubpoenaFor(t *testing.T) {
	requests := "Kumo asks to subpoena Example for documents sufficient to show the name and e-mail address registered to the account; and the IP addresses, with dates and times, of the log-ins to the account from March 1, 2026 to the date of the subpoena. Dkt. No. 1-1."
	conclusion := "Accordingly, the application (Dkt. No. 1) is GRANTED. Kumo may serve on Example the subpoena attached to its application as Exhibit A.\n\nExample shall notify the account holder no later than thirty days after it receives the subpoena."
	o := Read(draft{requests: requests, conclusion: conclusion}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.AccessLogs}, nil)
}

// TestStandardChangeDeclinedOnTheTermsThatFollow: an order whose every
// paragraph follows "IT IS HEREBY ORDERED ... on the terms that follow"
// says "The Court does not, however, narrow the remaining requests to
// \"documents sufficient to show\" the information sought": the requests
// keep "all documents".
func TestStandardChangeDeclinedOnTheTermsThatFollow(t *testing.T) {
	src := `IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF DELAWARE

IN RE EX PARTE APPLICATION OF KUMO SHOJI K.K.     :   Misc. No. 26-mc-341-ABC

MEMORANDUM ORDER

At Wilmington, this 25th day of August, 2026, having considered the ex parte application of Kumo Shoji K.K. ("Kumo") for an order under 28 U.S.C. § 1782 authorizing it to serve a subpoena on Example Social, Inc. ("Example") (D.I. 1), IT IS HEREBY ORDERED that the application is GRANTED, for the reasons and on the terms that follow.

The proposed subpoena seeks all documents showing (1) the names of the account holders; (2) the e-mail addresses associated with the accounts; and (3) the telephone numbers associated with the accounts.

The Court does not, however, narrow the requests to "documents sufficient to show" the information sought. Each of them is already confined to a narrow category of identifying information.

Example shall notify each account holder within ten (10) days of service of the subpoena. Kumo may serve on Example a subpoena consisting of Requests 1, 2 and 3 of its proposed subpoena.

                                        MARY Q. LINDQVIST
                                        United States District Judge
`
	o := Read(src).Order
	for _, q := range o.Requests {
		if q.Standard != order.AllDocuments {
			t.Errorf("request %d: standard %q, want all documents", q.Number, q.Standard)
		}
	}
	if len(o.Requests) == 0 {
		t.Error("no request read")
	}
}

// TestObjectionWithItsOwnPeriodAfterOrWithin: "the customer shall have
// twenty-one (21) days from the date of notice to file a motion to quash
// ..., or, within fourteen (14) days from the date of notice, to serve on
// Example a written objection": the objection's period is its own
// fourteen days, never the motion's twenty-one; where the reader cannot
// tell the objection's route from the words, it leaves it to a person.
func TestObjectionWithItsOwnPeriodAfterOrWithin(t *testing.T) {
	o := Read(conclusionWith("Example shall notify the customer within fourteen (14) days of service of the subpoena.\n\nIT IS FURTHER ORDERED that the customer shall have twenty-one (21) days from the date of notice to file a motion to quash or modify the subpoena, or, within fourteen (14) days from the date of notice, to serve on Example a written objection to the subpoena.")).Order
	checkPeriods(t, o, []periodWant{{order.MoveToQuash, 21, order.NoticeGiven}})
	if c, ok := conditionOf(o, order.ObjectInWriting); ok && c.Days != 14 {
		t.Errorf("objection %d days, want its own 14 (or none read)", c.Days)
	}
}

// TestEarlierOralOrderContemplating: a memorandum order that is all
// operative ("IT IS HEREBY ORDERED that the application is GRANTED as
// modified below, for the following reasons") tells of "an oral order
// contemplating that Example would notify the account holders within seven
// (7) days and that the account holders would have fourteen (14) days to
// move to quash", since superseded: what would have been is no term; the
// order's own thirty days are the motion's, and the objection "within that
// same period" is the motion's thirty.
func TestEarlierOralOrderContemplating(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF DELAWARE

IN RE EX PARTE APPLICATION OF KUMO SHOJI K.K.     )     Misc. No. 26-mc-410-ABC

MEMORANDUM ORDER

At Wilmington, this 9th day of September, 2026, having reviewed the ex parte application of Kumo Shoji K.K. ("Kumo") for an order under 28 U.S.C. § 1782 authorizing a subpoena to Example Social, Inc. ("Example") (D.I. 1), IT IS HEREBY ORDERED that the application is GRANTED as modified below, for the following reasons.

1. On August 12, 2026, the Court entered an oral order (D.I. 7) contemplating that Example would notify the account holders within seven (7) days and that the account holders would have fourteen (14) days to move to quash. The oral order is superseded by this Memorandum Order, and its periods do not apply.

2. Accordingly, IT IS FURTHER ORDERED that:

     a. Kumo may serve the proposed subpoena on Example.

     b. Example shall, within ten (10) days of service of the subpoena, notify each account holder.

     c. Each account holder may, within thirty (30) days of the date of Example's notice, move in this Court to quash or modify the subpoena, or within that same period may send Example a written objection.

                                        MARY Q. LINDQVIST
                                        United States District Judge
`
	checkPeriods(t, Read(src).Order, []periodWant{
		{order.NotifyAccountHolders, 10, order.SubpoenaServed},
		{order.MoveToQuash, 30, order.NoticeGiven},
		{order.ObjectInWriting, 30, order.NoticeGiven},
	})
}

// TestSubpoenaExhibitThenConditionsExhibit: "Kumo may serve on Example
// the subpoena attached to this Order as Exhibit A, which is the subpoena
// proposed in the application with Requests 3 and 4 struck by the Court"
// and "The conditions set out in Exhibit B are conditions of this Order":
// Exhibit A's requests are what may be sought, and Exhibit B, after it,
// states the order's conditions, though Exhibit A (the subpoena itself)
// states none.
func TestSubpoenaExhibitThenConditionsExhibit(t *testing.T) {
	conclusion := "Accordingly, IT IS ORDERED:\n\n1. The application is GRANTED IN PART and DENIED IN PART.\n\n2. Kumo may serve on Example the subpoena attached to this Order as Exhibit A, which is the subpoena proposed in the application with Requests 3 and 4 struck by the Court. Requests 3 and 4 are DENIED.\n\n3. The conditions set out in Exhibit B are conditions of this Order and bind Kumo and Example."
	exhibits := `EXHIBIT A
SCHEDULE A TO SUBPOENA TO EXAMPLE
(as modified by the Court)

Documents sufficient to show, for the Account:

1. All e-mail addresses registered on the Account.

2. All telephone numbers registered on the Account.

3. [STRICKEN BY THE COURT] All device identifiers associated with the Account.

4. [STRICKEN BY THE COURT] The content of all direct messages sent or received by the Account.


EXHIBIT B
CONDITIONS OF PRODUCTION

1. Example shall notify the holder of the Account of the subpoena within ten (10) days of being served with it.

2. The holder may, within twenty-one (21) days of the notice, file a motion in this Court to quash or modify the subpoena.`
	o := Read(draft{requests: "Kumo's proposed subpoena has four requests.", conclusion: conclusion, signature: defaultSignature + "\n\n" + exhibits}.String()).Order
	checkScope(t, o, []order.Category{order.Emails, order.Phones}, []order.Category{order.DeviceIDs, order.Content})
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 10, order.SubpoenaServed}, {order.MoveToQuash, 21, order.NoticeGiven}})
}

// TestExhibitTermsAreTheOrdersExceptAsFollows: "The terms of Exhibit A
// are the terms of this Order, except as follows: ... In paragraph 2 of
// Exhibit A, \"thirty (30) days\" is struck and replaced with \"fourteen
// (14) days\"": the proposed order attached as Exhibit A states the
// order's conditions, its notice period as changed.
func TestExhibitTermsAreTheOrdersExceptAsFollows(t *testing.T) {
	conclusion := "For these reasons, the application is GRANTED WITH MODIFICATIONS. The terms of Exhibit A are the terms of this Order, except as follows:\n\n1. In paragraph 2 of Exhibit A, \"thirty (30) days\" is struck and replaced with \"fourteen (14) days\"."
	exhibit := `EXHIBIT A

[PROPOSED] ORDER

Upon the application of Kumo Shoji K.K., IT IS HEREBY ORDERED that:

1. Kumo may serve on Example a subpoena for documents sufficient to show the names and e-mail addresses of the account holder.

2. Example shall notify the account holder of the subpoena within thirty (30) days of service of the subpoena.

3. The account holder may, within twenty-one (21) days of the notice, file a motion to quash or modify the subpoena.`
	o := Read(draft{requests: "Kumo lodged a proposed order.", conclusion: conclusion, signature: defaultSignature + "\n\n" + exhibit}.String()).Order
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 14, order.SubpoenaServed}, {order.MoveToQuash, 21, order.NoticeGiven}})
}

// TestExhibitTermsAreTheOrdersRequestsReplaced: "The terms of Exhibit A
// are the terms of this Order, except as follows: In paragraph 1 of
// Exhibit A, the words \"all documents relating to\" are struck and
// replaced with \"documents sufficient to show\"": the proposed order
// attached as Exhibit A allows the subpoena and lists what it seeks; its
// list is the order's requests, under the standard as changed, with the
// card fields its own words leave out.
func TestExhibitTermsAreTheOrdersRequestsReplaced(t *testing.T) {
	conclusion := "For these reasons, the application is GRANTED WITH MODIFICATIONS. The terms of Exhibit A are the terms of this Order, except as follows:\n\n1. In paragraph 1 of Exhibit A, the words \"all documents relating to\" are struck and replaced with \"documents sufficient to show\"."
	exhibit := `EXHIBIT A

[PROPOSED] ORDER

Upon the application of Kumo Shoji K.K., IT IS HEREBY ORDERED that:

1. Kumo may serve on Example a subpoena for all documents relating to the following information for the account "@kumo_watch": (a) the names registered to the account; (b) every e-mail address registered to the account; (c) the name and billing address of any holder of a payment card registered to the account, but not the card number or the expiration date; and (d) the IP addresses, with dates and times, of every log-in to the account since January 1, 2026.

2. Example shall notify the account holder of the subpoena within twenty-one (21) days of service of the subpoena.`
	o := Read(draft{requests: "Kumo lodged a proposed order.", conclusion: conclusion, signature: defaultSignature + "\n\n" + exhibit}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.CardHolder, order.AccessLogs}, []order.Category{})
	checkStandard(t, o, order.SufficientToShow)
	if want := []order.Field{order.CardNumber, order.CardExpiration}; !slices.Equal(o.ExcludedFields, want) {
		t.Errorf("excluded %v, want %v", o.ExcludedFields, want)
	}
}

// TestLetterParagraphsQuotedAboveAdopted: "Paragraphs A2 through A5 of
// the Joint Letter, quoted above, are adopted as terms of this Order": the
// letter's paragraphs so labelled, quoted in the discussion, are the
// order's terms; a schedule a party proposes after them is not.
func TestLetterParagraphsQuotedAboveAdopted(t *testing.T) {
	requests := `The parties filed a joint letter (the "Joint Letter"). In its Part A the parties agree that:

    A1. The subpoena will call for documents sufficient to show the names and e-mail addresses registered on the account.
    A2. The account holder may move to quash or modify the subpoena within thirty (30) days of the date of Example's notice.
    A3. Instead of moving, the account holder may, within the same thirty (30) days, send Example a written objection, and Example will advise the Court of the objection within ten (10) days of receiving it.
    A4. If a motion is filed or an objection is sent, Example will preserve all information responsive to the subpoena and will not produce any of it until the Court resolves the motion or objection.
    A5. Kumo will use the information produced only in the Tokyo action described in its application.

In Part B Kumo proposes that the account holder have fourteen (14) days to move to quash. Example proposes twenty-one (21) days to give notice.`
	conclusion := "Accordingly, it is hereby ORDERED that:\n\n1. The application is GRANTED.\n\n2. Example shall notify the account holder of the subpoena within twenty-one (21) days of receiving it.\n\n3. Paragraphs A2 through A5 of the Joint Letter, quoted above, are adopted as terms of this Order."
	o := Read(draft{requests: requests, conclusion: conclusion}.String()).Order
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 21, order.SubpoenaReceived}, {order.MoveToQuash, 30, order.NoticeGiven}, {order.ObjectInWriting, 30, order.NoticeGiven}, {order.AdviseCourt, 10, order.ObjectionReceived}})
	checkHold(t, o, order.WholeSubpoena)
	if o.UseRestriction.Text == "" {
		t.Errorf("no use restriction, want the one of paragraph A5")
	}
}

// TestStipulationParagraphsApprovedFirstLimitsSubpoena: a stipulation
// quoted in the discussion whose paragraph 1 limits the subpoena ("The
// subpoena attached as Exhibit 1 shall be limited to documents sufficient
// to show ...: (a) ...; (b) ..."), its paragraphs 1 through 5 "APPROVED
// and INCORPORATED": the list inside paragraph 1 is the requests, not the
// stipulation's numbered paragraphs (whose notice "by e-mail to the
// address associated with the profile" asks for no addresses).
func TestStipulationParagraphsApprovedFirstLimitsSubpoena(t *testing.T) {
	requests := `Kumo and Example filed a Joint Stipulation (ECF No. 9) (the "Stipulation"). The Stipulation provides, in relevant part:

     1. The subpoena attached as Exhibit 1 shall be limited to documents
     sufficient to show, for the profile "kumo_watch": (a) the name provided by
     the user; (b) all e-mail addresses associated with the profile; and (c) the
     IP addresses and associated dates and times of each log-in from January 1,
     2026 through March 31, 2026.

     2. Example will notify the user of the subpoena within twenty-one (21) days
     of receiving the subpoena, by e-mail to the address associated with the
     profile.

     3. The user shall have thirty (30) days from the date of Example's notice to
     file a motion to quash or modify the subpoena.

     4. Applicant may use any information produced for any lawful purpose.

ECF No. 9 ¶¶ 1-4.`
	conclusion := "It is therefore ORDERED that:\n\n(1) The Application (ECF No. 1) is GRANTED, as modified by the Stipulation and by this Order.\n\n(2) Paragraphs 1 through 3 of the Stipulation (ECF No. 9) are APPROVED and INCORPORATED into this Order as if set out here in full.\n\n(3) Paragraph 4 of the Stipulation is NOT APPROVED."
	o := Read(draft{requests: requests, conclusion: conclusion}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.AccessLogs}, []order.Category{})
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 21, order.SubpoenaReceived}, {order.MoveToQuash, 30, order.NoticeGiven}})
}

// TestPartyAsksThatHolderHaveDays: what a party asks for, told in the
// operative part's own prose ("Kumo asks that Example be given 7 days and
// that the account holder have 14 days to move to quash. The Court adopts
// neither.") or in a part it adopts ("Kumo proposes that ... the account
// holder then have fourteen days to move to quash"), is no term: the
// motion's period is the one the court sets.
func TestPartyAsksThatHolderHaveDays(t *testing.T) {
	for _, tt := range []struct{ name, discussion, conclusion string }{
		{"in the operative part", "", "Accordingly, the application is GRANTED, on the following terms. Kumo, pointing to the speed of the posts, asks that Example be given 7 days and that the account holder have 14 days to move to quash. The Court adopts neither. Example shall notify the account holder of the subpoena within 21 days of service of the subpoena on Example. The account holder may then file a motion to quash or modify the subpoena within 28 days from the date of Example's notice."},
		{"in a part the order adopts", "\n\nC. Protective provisions\n\nKumo proposes that Example give notice within seven days and that the account holder then have fourteen days to move to quash. The Court considers both too short. Example shall notify the account holder of the subpoena within twenty-one days after Example is served with the subpoena. The account holder may move to quash or modify the subpoena within twenty-eight days after the date the notice is sent.", "The application is GRANTED. The subpoena shall proceed on the notice and motion terms stated in Part II.C of this Order."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			o := Read(draft{discussion: tt.discussion, conclusion: tt.conclusion}.String()).Order
			checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 21, order.SubpoenaServed}, {order.MoveToQuash, 28, order.NoticeGiven}})
		})
	}
}

// TestRequestsByOrdinal: "a subpoena limited to the first two requests of
// its proposed subpoena. The third request (device identifiers) is
// DENIED." allows Requests 1 and 2 and refuses the third; "The second
// request (log-ins) and the third request (devices) are DENIED" refuses
// both.
func TestRequestsByOrdinal(t *testing.T) {
	for _, tt := range []struct{ name, conclusion string }{
		{"limited to the first two, the third denied", "The application is GRANTED IN PART and DENIED IN PART. Kumo may serve on Example a subpoena limited to the first two requests of its proposed subpoena. The third request (device identifiers) is DENIED."},
		{"the second and the third denied", "The application is GRANTED IN PART and DENIED IN PART. Kumo may serve on Example its proposed subpoena, but the second request (log-in records) and the third request (device identifiers) are DENIED."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			o := Read(draft{conclusion: tt.conclusion}.String()).Order
			if tt.name == "limited to the first two, the third denied" {
				checkScope(t, o, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, []order.Category{order.DeviceIDs})
			} else {
				checkScope(t, o, []order.Category{order.Names, order.Emails, order.Phones}, []order.Category{order.AccessLogs, order.DeviceIDs})
			}
		})
	}
}

// TestOtherOrderEnteredInWhichRequiredHold: a part the order adopts tells
// of another court's order ("the order entered in In re Application of
// Park, ..., which required Example to notify ... and to \"preserve and
// not produce any responsive information while any motion to quash is
// pending\"") and orders no hold of its own: none is read.
func TestOtherOrderEnteredInWhichRequiredHold(t *testing.T) {
	discussion := "\n\nC. Notice and Opportunity to Be Heard\n\nKumo's proposed order is modeled on the order entered in In re Application of Park Seo-yeon, No. 3:24-mc-80171-JSC (N.D. Cal. Aug. 2, 2024), which Kumo attaches and which required Example to notify the account holder \"within thirty (30) days of service of the subpoena\" and to \"preserve and not produce any responsive information while any motion to quash is pending.\" The Court does not adopt that language. Example shall notify the account holder of the subpoena within twenty-one (21) days of receiving the subpoena. The account holder shall have fourteen (14) days from the date of that notice to file a motion to quash or modify the subpoena in this Court.\n\nNor does the Court include a preservation directive; Example has already preserved the account's records."
	conclusion := "It is therefore ORDERED that the application is GRANTED. Notice to the account holder and any motion to quash or modify shall proceed on the terms set out in Part II.C above."
	o := Read(draft{discussion: discussion, conclusion: conclusion}.String()).Order
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 21, order.SubpoenaReceived}, {order.MoveToQuash, 14, order.NoticeGiven}})
	if h, ok := conditionOf(o, order.PreserveNotDisclose); ok {
		t.Errorf("hold %+v, want none: the quoted hold is the other order's", h)
	}
}

// TestReportRecommendsColonList: a report's recommendations told after
// "It recommends:" ("(a) that the subpoena be authorized for ...; (b) that
// the request for \"the contents of all e-mails ...\" be denied") are no
// requests: the subpoena is the one the operative part allows, and the
// contents it denies are refused, not allowed.
func TestReportRecommendsColonList(t *testing.T) {
	requests := `The application was referred to Judge Moreau. Her report concludes that the statutory requirements are met but that the subpoena as proposed reaches too far. It recommends:

    (a) that the subpoena be authorized for documents sufficient to show the names, e-mail addresses (including alternate and recovery addresses), and telephone numbers associated with the account;

    (b) that the request for "the contents of all e-mails sent from the account to any address ending in @kumo.jp" be denied, because the recipients already have those e-mails; and

    (c) that Example notify the account holder within fourteen (14) days of service of the subpoena.

R&R at 9-11.`
	conclusion := "For these reasons, the Court ORDERS:\n\n(1) The Report and Recommendation is ADOPTED IN PART.\n\n(2) The application is GRANTED IN PART and DENIED IN PART. Kumo may serve on Example a subpoena for documents sufficient to show the names, e-mail addresses and telephone numbers associated with the account.\n\n(3) The request for the contents of e-mails sent from the account is DENIED."
	o := Read(draft{requests: requests, conclusion: conclusion}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.Phones}, []order.Category{order.Content})
}

// TestOperativeListInPlaceOfVagueProposal: the proposal asks for
// "billing information for any paid subscription" (no category writ
// knows), and the operative part lists what the subpoena may seek in its
// own words, "(c) the name and billing address of the holder of any
// payment card used to pay for a subscription ..., but not the card
// number, expiration date, or security code": the card holder is allowed,
// its card fields left out.
func TestOperativeListInPlaceOfVagueProposal(t *testing.T) {
	requests := "The proposed subpoena asks Example for: (1) the registered name and postal address; (2) e-mail addresses; (3) billing information for any paid subscription linked to the account; and (4) the IP addresses, with dates and times, from which the account was accessed."
	conclusion := "For the foregoing reasons, the Application is GRANTED, subject to the following modifications and conditions:\n\n1. Kumo may serve on Example a subpoena, in the form of ECF No. 5-1 as modified by this Order, requesting documents sufficient to show the following information for the account: (a) the name and postal address of the account holder; (b) all e-mail addresses associated with the account; (c) the name and billing address of the holder of any payment card used to pay for a subscription associated with the account, but not the card number, expiration date, or security code; and (d) the IP addresses, with the dates and times of access, from which the account was accessed between August 1, 2025 and the date of the subpoena.\n\n2. Within twenty-one (21) days after service of the subpoena, Example shall notify the account holder."
	o := Read(draft{requests: requests, conclusion: conclusion}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Addresses, order.Emails, order.CardHolder, order.AccessLogs}, []order.Category{})
	if want := []order.Field{order.CardNumber, order.CardExpiration, order.CardSecurityCode}; !slices.Equal(o.ExcludedFields, want) {
		t.Errorf("excluded %v, want %v", o.ExcludedFields, want)
	}
}

// TestOrderRunInHeading: an order whose parts open with run-in headings
// ("Background.", "Notice.", "Order.") and no numerals: the paragraph
// "Order. The application is GRANTED, ..." is its operative part, and
// a schedule the discussion cites from another order is not.
func TestOrderRunInHeading(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

In the Matter of the Ex Parte Application of
KUMO SHOJI K.K.,
                                Applicant.

No. 4:26-mc-80455-ABC

ORDER GRANTING APPLICATION FOR DISCOVERY UNDER 28 U.S.C. § 1782

Kumo Shoji K.K. asks this Court for leave to serve a subpoena on Example Social, Inc. so that it can identify the user who posted under the name u/kumo_watch. The Court has reviewed the papers and now GRANTS the application.

Background. The subpoena asks Example to produce all documents identifying the user, namely (i) the e-mail addresses associated with the account, (ii) the date, time and IP address of the account's registration, and (iii) the IP addresses and timestamps of each log-in from June 1, 2026 to the date of the subpoena.

Notice. Kumo points to In re Dunewold Holding B.V., No. 3:25-mc-80340-SKV, where the court required the platform to notify the user within seven (7) days of service of that order. The Court sees no reason to compress the time in which an anonymous user can respond.

Order. The application is GRANTED, and Kumo may serve the subpoena attached to its application as Exhibit A. Within thirty (30) days of being served with the subpoena, Example shall notify the holder of the account, and the account holder may then, within thirty (30) days from the date of the notice, move in this Court to quash or modify the subpoena.

IT IS SO ORDERED.

Dated: November 13, 2026

MARY Q. LINDQVIST
United States District Judge
`
	o := Read(src).Order
	checkScope(t, o, []order.Category{order.Emails, order.AccountCreation, order.AccessLogs}, []order.Category{})
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 30, order.SubpoenaServed}, {order.MoveToQuash, 30, order.NoticeGiven}})
}

// TestGovernedByTwoParts: "Notice, any motion to quash or modify, ... and
// the use of the information shall be governed by Parts II.C and II.D of
// this Order", or "GRANTED with the notice set out in Section II.C and on
// the conditions set out in Section II.D, each of which is incorporated
// into this Order": both parts are the order's terms; the proposal the first
// tells of ("Example would have seven days from service of the subpoena to
// notify the account holder, who would then have fourteen days to move to
// quash") is a supposition, not a term.
func TestGovernedByTwoParts(t *testing.T) {
	discussion := "\n\nC. Notice. Kumo's proposed order provides for notice, but on a schedule the Court does not accept: Example would have seven days from service of the subpoena to notify the account holder, who would then have fourteen days to move to quash. Example shall notify the account holder within ten (10) days of being served with this Order. The account holder may then file a motion to quash or modify the subpoena within twenty-one (21) days from the date of that notice.\n\nD. Remaining terms. The account holder may, within that same twenty-one-day period, serve on Example a written objection to the subpoena, and Example shall advise the Court of any objection it receives within seven (7) days. Example shall preserve the information called for by the subpoena, and, should a timely motion or objection be made, it shall withhold its entire production until the Court has ruled. Kumo may use the information it receives solely for the Tokyo suit."
	for _, conclusion := range []string{
		"The application is GRANTED. Notice, any motion to quash or modify, any written objection, preservation and production, and the use of the information shall be governed by Parts II.C and II.D of this Order.",
		// Each part named in its own words, then "each of which is
		// incorporated".
		"The application is GRANTED with the notice set out in Section II.C and on the conditions set out in Section II.D, each of which is incorporated into this Order.",
	} {
		t.Run(conclusion, func(t *testing.T) {
			o := Read(draft{discussion: discussion, conclusion: conclusion}.String()).Order
			checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 10, order.OrderServed}, {order.MoveToQuash, 21, order.NoticeGiven}, {order.ObjectInWriting, 21, order.NoticeGiven}})
			if c, ok := conditionOf(o, order.AdviseCourt); !ok || c.Days != 7 {
				t.Errorf("advise %+v (found %v), want 7 days", c, ok)
			}
			checkHold(t, o, order.WholeSubpoena)
		})
	}
}

// TestWouldHaveDaysIsNoPeriod: "Example would have seven days from service
// of the subpoena to notify the account holder, who would then have
// fourteen days to move to quash" tells what a schedule the court rejects
// would do: the motion's period is the one the court sets after.
func TestWouldHaveDaysIsNoPeriod(t *testing.T) {
	conclusion := "The application is GRANTED. Because the account holder will not have been heard before the subpoena issues, Kumo's proposed order provides for notice, but on a schedule the Court does not accept: Example would have seven days from service of the subpoena to notify the account holder, who would then have fourteen days to move to quash. Example shall notify the account holder within ten (10) days of being served with this Order. The account holder may then file a motion to quash or modify the subpoena within twenty-one (21) days from the date of that notice."
	o := Read(draft{conclusion: conclusion}.String()).Order
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 10, order.OrderServed}, {order.MoveToQuash, 21, order.NoticeGiven}})
}

// TestSubpoenaCitedInBrackets: "The proposed subpoena [DE 1-1] asks for
// all documents concerning the following ...": a docket cite in square
// brackets, as some districts write it, between the subpoena and what it
// asks; the requests are read.
func TestSubpoenaCitedInBrackets(t *testing.T) {
	requests := "The proposed subpoena [DE 1-1] asks for all documents concerning the following for each of the three accounts: the names of the account holders; their e-mail addresses; their telephone numbers; and all IP addresses, with dates and times, used to log in to each account."
	o := Read(draft{requests: requests, conclusion: "The application [DE 1] is GRANTED. Kumo may serve the proposed subpoena on Example."}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, []order.Category{})
}

// TestDiscussionPointsWithRunInHeadings: the discussion's numbered points,
// each under a run-in heading and telling what a party says ("1. \"All
// documents.\" Example says that ...", "3. Telephone numbers and log-in
// records. Example does not seriously contest these requests.") are no
// list of requests; the subpoena's are, and the one the order quashes is
// refused.
func TestDiscussionPointsWithRunInHeadings(t *testing.T) {
	requests := "The subpoena asked for \"all documents\" concerning, for each account: (1) the name of the account holder; (2) e-mail addresses; (3) hardware and device identifiers; and (4) the IP addresses, with dates and times, of each log-in since November 1, 2025."
	discussion := "\n\n        1.   \"All documents.\" Example says that a request for \"all documents\" would sweep in years of support tickets. Kumo responds that it will accept whatever shows the identifying information.\n\n        2.   Device identifiers. Kumo offers no explanation of how hardware identifiers would help, and Example explains that they are used internally. Request 3 is quashed.\n\n        3.   Telephone numbers and log-in records. Example does not seriously contest these requests, and they stand as limited above."
	conclusion := "For the foregoing reasons, Example's Motion to Quash or Modify Subpoena is GRANTED IN PART and DENIED IN PART. The Court ORDERS as follows:\n\n(a) Request 3 of the subpoena is QUASHED. Requests 1, 2 and 4 shall call for documents sufficient to show the information sought."
	o := Read(draft{requests: requests, discussion: discussion, conclusion: conclusion}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.AccessLogs}, []order.Category{order.DeviceIDs})
}

// TestRevisedAsPartRequires: "a subpoena in the form attached to the
// application, revised as Part II.B requires": the changes Part II.B
// states (documents sufficient to show; the device identifiers refused)
// are the order's.
func TestRevisedAsPartRequires(t *testing.T) {
	discussion := "\n\nB. Intel factors. The fourth factor calls for some trimming. A subpoena for \"all documents\" showing a name would sweep in every record in which the name happens to appear; the subpoena will be limited to documents sufficient to show the categories it lists. The request for device identifiers is denied."
	conclusion := "The application is GRANTED on the terms set out in Part II. Kumo may serve on Example a subpoena in the form attached to the application, revised as Part II.B requires."
	o := Read(draft{discussion: discussion, conclusion: conclusion}.String()).Order
	checkStandard(t, o, order.SufficientToShow)
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, []order.Category{order.DeviceIDs})
}

// TestGrantedAsModifiedInPartConditionsSetForthInPart: "GRANTED as
// modified in Part II.A" and "the notice, motion ... conditions set forth
// in Part II.B are incorporated in this Order": Part II.A's change ("the
// subpoena will instead call for documents sufficient to show") and Part
// II.B's conditions are the order's.
func TestGrantedAsModifiedInPartConditionsSetForthInPart(t *testing.T) {
	discussion := "\n\nA. Scope. The request for \"all documents\" is broader than the purpose requires; the subpoena will instead call for documents sufficient to show the information listed. The request for device identifiers is denied.\n\nB. Conditions. Example shall notify the account holder, at the e-mail address on file, within seven (7) days of its receipt of the subpoena. The account holder may file a motion to quash or modify the subpoena within twenty-eight (28) days of the date of notice."
	conclusion := "Accordingly,\n\nIT IS ORDERED that the Ex Parte Application (Doc. 1) is GRANTED as modified in Part\nII.A. Kumo may serve on Example a subpoena conforming to this Order.\n\nIT IS FURTHER ORDERED that the notice and motion conditions set forth in Part II.B are incorporated in this Order as if fully restated here."
	o := Read(draft{discussion: discussion, conclusion: conclusion}.String()).Order
	checkStandard(t, o, order.SufficientToShow)
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 7, order.SubpoenaReceived}, {order.MoveToQuash, 28, order.NoticeGiven}})
}

// TestRequestsForThisAndForThatDenied: "The requests for buyer messages
// and for the holder of any payment card on file are DENIED": each thing
// after its own "for" is refused; the card holder does not make the
// buyer messages payment.
func TestRequestsForThisAndForThatDenied(t *testing.T) {
	requests := "Her proposed subpoena asks Example for documents sufficient to show, for the shop, the names and e-mail addresses associated with the account; the name and billing address of the holder of any payment card kept on file; and all messages exchanged between the shop and buyers through Example's messaging system."
	conclusion := "For the foregoing reasons, the application is GRANTED IN PART and DENIED IN PART. The requests for buyer messages and for the holder of any payment card on file are DENIED. Kumo may serve a subpoena on Example seeking the remaining information."
	o := Read(draft{requests: requests, conclusion: conclusion}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails}, []order.Category{order.CardHolder, order.Content})
}

// TestAppendixParagraphPeriodReplacedInAPart: an appendix of conditions
// "as modified in Part II" is made part of the order, and Part II says
// "\"Thirty (30)\" in paragraph A-1 is replaced by \"twenty-one (21).\"":
// the notice runs 21 days, not the appendix's 30.
func TestAppendixParagraphPeriodReplacedInAPart(t *testing.T) {
	discussion := "The conditions in Appendix A are reasonable with one exception. Paragraph A-1 proposes notice within thirty (30) days of service of the subpoena. That is more time than one account requires. \"Thirty (30)\" in paragraph A-1 is replaced by \"twenty-one\n(21).\" Paragraphs A-2 and A-3 are incorporated without change."
	conclusion := "IT IS ORDERED that the application is GRANTED. Kumo may serve the proposed subpoena on Example. Appendix A, as modified in Part II, is incorporated into and made part of this Order."
	appendix := `APPENDIX A

     A-1. Within thirty (30) days of service of the subpoena, Example shall notify the holder of the account that the subpoena has been served.

     A-2. The account holder shall have thirty (30) days from the date of the notice to file in this Court a motion to quash or modify the subpoena.

     A-3. Within the same thirty (30) day period, the account holder may instead send Example a written objection to the subpoena.`
	o := Read(draft{discussion: discussion, conclusion: conclusion, signature: defaultSignature + "\n\n" + appendix}.String()).Order
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 21, order.SubpoenaServed}, {order.MoveToQuash, 30, order.NoticeGiven}})
}

// TestOrderQuotedInAnEmail: an order forwarded in an e-mail, each of its
// lines marked "> ", under the lawyer's note that tells of the proposed
// schedule: the order is read as written (its caption, its notice), the
// note's periods are not its terms, and "the e-mail\n> addresses" asks
// for no postal addresses.
func TestOrderQuotedInAnEmail(t *testing.T) {
	src := `From: Dana Whitfield <dwhitfield@example.com>
Subject: FW: Activity in Case 1:24-mc-00388-ABC Order on Ex Parte Application

The judge did not use the schedule in our proposed order (14 days for Example
to notify after service of the subpoena, 21 days to move to quash).

> ---- Text of Document 6 ----
>
>                    IN THE UNITED STATES DISTRICT COURT
>                     FOR THE WESTERN DISTRICT OF TEXAS
>
> IN RE EX PARTE APPLICATION OF       §
> KUMO SHOJI K.K. FOR AN ORDER        §
> PURSUANT TO 28 U.S.C. § 1782 TO     §      1:24-mc-00388-ABC
> CONDUCT DISCOVERY FOR USE IN A      §
> FOREIGN PROCEEDING                  §
>
>                                   ORDER
>
> Before the Court is Kumo Shoji K.K.'s Ex Parte Application for Order
> Pursuant to 28 U.S.C. § 1782, Dkt. 1. The Court GRANTS the
> application.
>
> The proposed subpoena seeks all documents showing, for the account,
> (1) the names registered to the account, (2) the e-mail
> addresses and (3) the telephone numbers associated with it, and (4) the
> IP addresses, with dates and times, of each log-in from August 1, 2024
> to the date of the subpoena. Dkt. 1-1.
>
>                              CONCLUSION
>
> 1. The application (Dkt. 1) is GRANTED. Applicant may serve on
> Example the subpoena attached to the application as Exhibit A.
>
> 2. Example shall, within thirty (30) days after it is served with
> this Order, notify the holder of the account that the subpoena has
> been issued, and shall provide a copy of the subpoena and this Order.
>
> 3. The account holder may file a motion to quash or modify the
> subpoena within thirty (30) days after the date of the notice.
>
> SIGNED on November 17, 2024.
>
>                                   ADRIAN C. WHITLOCK
>                                   UNITED STATES MAGISTRATE JUDGE
`
	p := Read(src)
	if p.Order.CaseNumber != "1:24-mc-00388-ABC" {
		t.Errorf("case number %q, want 1:24-mc-00388-ABC", p.Order.CaseNumber)
	}
	checkPeriods(t, p.Order, []periodWant{{order.NotifyAccountHolders, 30, order.OrderServed}, {order.MoveToQuash, 30, order.NoticeGiven}})
	checkScope(t, p.Order, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, []order.Category{})
}

// TestTermsSetOutInThePrecedingParagraph: "the notice, motion, objection,
// preservation and use terms set out in the preceding paragraph shall
// govern": that paragraph's terms are the order's.
func TestTermsSetOutInThePrecedingParagraph(t *testing.T) {
	discussion := "\n\nThe remaining question is the protection owed to the account holder. Kumo asks that Example be required to notify the holder within seven days after Example is served with the subpoena. The Court will allow Example fourteen (14) days from service of the subpoena to notify the account holder. An account holder who wishes to contest the subpoena may file a motion to quash or modify it within twenty-one (21) days of the date of notice. If the account holder moves to quash, Example shall preserve, and shall not produce, any of the information called for by the subpoena until the Court has ruled."
	conclusion := "Accordingly, IT IS ORDERED that the Ex Parte Application (Dkt. 1) is GRANTED. Kumo may serve the subpoena attached to the application as Attachment A on Example, and the notice, motion and preservation terms set out in the preceding paragraph shall govern. Example shall serve a copy of this Order together with each notice."
	src := strings.Replace(draft{discussion: discussion, conclusion: conclusion}.String(), "\n\nIII. CONCLUSION\n\n", "\n\n", 1)
	o := Read(src).Order
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 14, order.SubpoenaServed}, {order.MoveToQuash, 21, order.NoticeGiven}})
	checkHold(t, o, order.WholeSubpoena)
}

// TestStipulationAttachedParagraphsApproved: "The Stipulation is attached
// to this Order as Exhibit 1"; "paragraphs 1, 2 and 3 of the Stipulation
// are APPROVED and incorporated into this Order" and "paragraph 4 of the
// Stipulation is NOT APPROVED": the exhibit's paragraphs 1 to 3 are the
// order's, its paragraph 4 (an objection route) is not.
func TestStipulationAttachedParagraphsApproved(t *testing.T) {
	requests := "Kumo and Example conferred and filed a stipulation (the \"Stipulation\"). The Stipulation is attached to this Order as Exhibit 1."
	conclusion := "It is therefore ORDERED that the application is GRANTED.\n\nIt is further ORDERED that paragraphs 1, 2 and 3 of the Stipulation are APPROVED and incorporated into this Order.\n\nIt is further ORDERED that paragraph 4 of the Stipulation is NOT APPROVED and forms no part of this Order."
	exhibit := `EXHIBIT 1

STIPULATION

1. The subpoena shall request only documents sufficient to identify the name and e-mail addresses of the account holder.

2. Example shall notify the account holder of the subpoena within twenty-one (21) days of its receipt of the subpoena.

3. The account holder may, within thirty (30) days of the notice, file a motion to quash or modify the subpoena.

4. The account holder may instead, within fourteen (14) days of the notice, send Example a written objection.`
	o := Read(draft{requests: requests, conclusion: conclusion, signature: defaultSignature + "\n\n" + exhibit}.String()).Order
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 21, order.SubpoenaReceived}, {order.MoveToQuash, 30, order.NoticeGiven}})
	if c, ok := conditionOf(o, order.ObjectInWriting); ok {
		t.Errorf("objection %+v, want none: paragraph 4 is not approved", c)
	}
}

// TestInSumTheCourtGrants: an order on a platform's motion to quash whose
// last part, under a bare roman numeral, opens "In sum, the court GRANTS
// IN PART and DENIES IN PART Example's motion to quash": that is its
// operative part, and its terms are read.
func TestInSumTheCourtGrants(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF NORTH CAROLINA

IN RE APPLICATION OF KUMO SHOJI K.K.          No. 5:26-MC-19-ABC

ORDER

                                   I.

On July 21, 2026, the court granted Kumo's application to subpoena Example Games, Inc. ("Example"). Example now moves to quash or modify the subpoena.

                                   II.

Example argues that fourteen days is too short for a user abroad to respond. The court agrees. The Account holder appears to live in Poland, and a notice in English may take time to be understood and answered there. Example also asks the court to strike the requests for device identifiers and chat messages; Kumo does not need them to identify the Account holder, and they reach the content of communications with other users. The court therefore quashes those requests and otherwise leaves the subpoena as it was served.

                                   III.

In sum, the court GRANTS IN PART and DENIES IN PART Example's motion to quash or modify [D.E. 11]. Kumo's application [D.E. 1] is GRANTED IN PART.

Example shall notify the Account holder of the subpoena within twenty-one (21) days of service of this order. The Account holder may file a motion to quash or modify the subpoena within thirty (30) days after notice is given.

SO ORDERED. This 15th day of September, 2026.

                                        MARY Q. LINDQVIST
                                        United States District Judge
`
	checkPeriods(t, Read(src).Order, []periodWant{{order.NotifyAccountHolders, 21, order.OrderServed}, {order.MoveToQuash, 30, order.NoticeGiven}})
}

// TestStandingOrderLetteredParagraphsChanged: a judge's standing order
// printed as an appendix, made the order's "with the following
// modifications" that name its paragraphs by lettered labels ("A-4",
// "A-5"): a period substituted in one is the order's period, and a
// paragraph stricken gives no term at all.
func TestStandingOrderLetteredParagraphsChanged(t *testing.T) {
	src := draft{
		caption: "ORDER GRANTING APPLICATION",
		conclusion: `The Court ORDERS as follows:
1. The application is GRANTED. Kumo may serve on Example Social, Inc. a subpoena containing Requests 1 through 3 of the proposed subpoena, which seek documents sufficient to show the name, e-mail address and telephone number of the holder of the account.
2. The subpoena is subject to the Standing Order reproduced in Appendix A, which is incorporated into this Order, with the following modifications:
     (a) In paragraph A-4, "thirty (30) days" is substituted for "twenty-one (21)
         days."
     (b) Paragraph A-5 is STRICKEN and does not apply to this subpoena.`,
		signature: `Dated: June 3, 2026

                                        Kirsten F. Bjornstad
                                        United States District Judge

                                   APPENDIX A

      STANDING ORDER FOR SUBPOENAS SEEKING TO IDENTIFY ANONYMOUS ACCOUNT HOLDERS

A-1. Scope. A subpoena governed by this Standing Order shall call only for documents
     sufficient to show the identifying information that the Court has authorized.
A-3. Notice. Within fourteen (14) days after service of the subpoena, the provider shall
     notify each affected account holder by e-mail.
A-4. Motion. An account holder may file a motion to quash or modify the subpoena within
     twenty-one (21) days after the date of the notice.
A-5. Letter objection. An account holder who does not wish to appear may instead deliver a
     written objection to the provider within fourteen (14) days after the date of the
     notice. The provider shall file the objection with the Court within seven (7) days
     after receiving it.
A-6. Hold. While a timely motion to quash is pending, the provider shall preserve, and
     shall not produce, any information called for by the subpoena.
`,
	}.String()
	o := Read(src).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 14, order.SubpoenaServed},
		{order.MoveToQuash, 30, order.NoticeGiven},
	})
	for _, act := range []order.Act{order.ObjectInWriting, order.AdviseCourt} {
		if c, ok := conditionOf(o, act); ok {
			t.Errorf("%s: %+v, want none (paragraph A-5 is stricken)", act, c)
		}
	}
}

// TestParagraphsOfAPartByPlace: the conclusion grants a subpoena "limited
// as set out in the first paragraph of Part II.C, with the notice and
// motion periods set out in the last two paragraphs of Part II.C" (or "as
// provided in the fourth paragraph of that Part"): those
// paragraphs are the order's (the standard narrowed, the card's fields
// left out, the court's periods), the proposed order's periods between
// them are not.
func TestParagraphsOfAPartByPlace(t *testing.T) {
	discussion := `

C. Scope and Protective Terms

First, the phrase "all documents" is broader than what Kumo needs. The subpoena shall instead call for documents sufficient to show the listed information. The subpoena may ask for the name of the holder of any credit card on the account, but not the card number or its expiration date.

The proposed order would have Example notify the account holder within fourteen (14) days of service of the subpoena and would give the account holder twenty-one (21) days after that notice to move to quash. The Court does not adopt those periods.

Example shall, within twenty-one days of the date on which it is served with the subpoena, notify the account holder that the information has been sought.

The account holder shall then have thirty days from the date of that notice in which to move this Court to quash or modify the subpoena.`
	for _, conclusion := range []string{
		"For these reasons, the application is GRANTED AS MODIFIED. Kumo may serve on Example a subpoena limited as set out in the first paragraph of Part II.C, with the notice and motion periods set out in the last two paragraphs of Part II.C.\n\nIT IS SO ORDERED.",
		"For these reasons, the application is GRANTED AS MODIFIED. Kumo may serve on Example a subpoena limited as set out in the first paragraph of Part II.C. Example shall give notice as provided in the third paragraph of Part II.C, and the account holder may move as provided in the fourth paragraph of that Part.\n\nIT IS SO ORDERED.",
	} {
		o := Read(draft{discussion: discussion, conclusion: conclusion}.String()).Order
		checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 21, order.SubpoenaServed}, {order.MoveToQuash, 30, order.NoticeGiven}})
		checkStandard(t, o, order.SufficientToShow)
		if !slices.Equal(o.ExcludedFields, []order.Field{order.CardNumber, order.CardExpiration}) {
			t.Errorf("excluded fields %v, want card number and expiration", o.ExcludedFields)
		}
	}
}

// TestReasonsStatedInParts: "For the reasons stated in Parts II.B and
// II.C, the application is GRANTED" gives the court's reasons, not its
// terms: a hold another order imposed, told in Part II.C, is none of
// this order's.
func TestReasonsStatedInParts(t *testing.T) {
	discussion := `

B. The Requests

The requests seek only what identifies the account holder.

C. Notice to the Account Holder

Kumo urges the Court to follow In re Application of Hoshi, No. 3:25-mc-80433-ARV (N.D. Cal. Oct. 2, 2025), where the provider was directed to "preserve but not produce" the subpoenaed information while any challenge was pending. The Court does not adopt that procedure here.

Example shall, within fourteen days of its receipt of the subpoena, notify the account holder.`
	conclusion := "For the reasons stated in Parts II.B and II.C, the application is GRANTED. Kumo may serve the proposed subpoena on Example. The account holder may, within twenty-one (21) days after the date of the notice, file a motion to quash.\n\nIT IS SO ORDERED."
	o := Read(draft{discussion: discussion, conclusion: conclusion}.String()).Order
	if c, ok := conditionOf(o, order.PreserveNotDisclose); ok {
		t.Errorf("hold %+v: the order imposes none", c)
	}
	checkPeriods(t, o, []periodWant{{order.MoveToQuash, 21, order.NoticeGiven}})
}

// TestTwoPeriodsOneHolder: "each account holder shall have twenty-eight
// (28) days ... within which to file a motion to quash ..., or, in the
// alternative, twenty-one (21) days ... within which to serve a written
// objection": each route has its own period, the motion the first and
// the objection the second.
func TestTwoPeriodsOneHolder(t *testing.T) {
	for _, join := range []string{", or, in the alternative,", ", or", ", and"} {
		t.Run(join, func(t *testing.T) {
			o := Read(conclusionWith("Each account holder shall have twenty-eight (28) days from the date of Example's notice within which to file a motion to quash or modify the subpoena" + join + " twenty-one (21) days from the date of that notice within which to serve a written objection on Example.")).Order
			checkPeriods(t, o, []periodWant{{order.MoveToQuash, 28, order.NoticeGiven}, {order.ObjectInWriting, 21, order.NoticeGiven}})
		})
	}
}

// TestConditionModifiedAsStatedInAParagraph: the order makes an
// appendix's conditions its own "with condition 4 modified as stated in
// paragraph 4 of this Order": the appendix's condition 4 is none of the
// order's, and the order's paragraph 4 states the term in its place.
func TestConditionModifiedAsStatedInAParagraph(t *testing.T) {
	src := draft{
		discussion: `

4. The Court makes one change. Recommended condition 4 would give Example fourteen (14) days to tell the Court of a written objection received from an account holder. Because an account holder may not have counsel, and because the Court intends to rule on any such objection promptly, Example shall instead advise the Court within seven (7) days of receiving an objection. In every other respect the recommended conditions are adopted as written.`,
		conclusion: `The application is GRANTED. Kumo may serve the proposed subpoena on Example. The subpoena and any production under it are subject to the conditions set out in the Appendix, with condition 4 modified as stated in paragraph 4 of this Order.`,
		signature: `Dated: June 3, 2024

MARY Q. LINDQVIST
United States District Judge

APPENDIX
Protective conditions recommended in the report

1. Within ten (10) days of service of the subpoena, Example shall notify each account holder of the subpoena.
2. Each account holder shall have thirty (30) days from the date of that notice to file a motion to quash or modify the subpoena.
3. In the alternative, an account holder may serve a written objection on Example within twenty-one (21) days of the notice.
4. Example shall advise the Court of any written objection within fourteen (14) days of its receipt.
`,
	}.String()
	o := Read(src).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 10, order.SubpoenaServed},
		{order.MoveToQuash, 30, order.NoticeGiven},
		{order.ObjectInWriting, 21, order.NoticeGiven},
		{order.AdviseCourt, 7, order.ObjectionReceived},
	})
}

// TestCardNumberStrickenFromARequest: "with the words \"and card number\"
// stricken from Request 4", "with the card number stricken": the card's
// number is left out of what the card's holder is sought by.
func TestCardNumberStrickenFromARequest(t *testing.T) {
	requests := "The proposed subpoena asks Example for all documents showing: (1) the names of the account holder; (2) the e-mail addresses; and (3) the name, billing address and card number of any payment card used to purchase a subscription."
	for _, c := range []string{
		`The application is GRANTED. Kumo may serve a subpoena limited to documents sufficient to show the information requested, and with the words "and card number" stricken from Request 3.`,
		`The application is GRANTED. Kumo may serve a subpoena limited to documents sufficient to show the information requested, with the card number stricken from Request 3.`,
	} {
		o := Read(draft{requests: requests, conclusion: c}.String()).Order
		if !slices.Equal(o.ExcludedFields, []order.Field{order.CardNumber}) {
			t.Errorf("%s: excluded %v, want the card number", c, o.ExcludedFields)
		}
	}
}

// TestDiscussionPartsHeadedByRequests: the discussion's parts, lettered
// and headed by the requests they take up on a line of their own ("A.
// Request No. 3", "B. Requests Nos. 1 and 2"), are no list of requests:
// what a part says of content or device identifiers is not allowed.
func TestDiscussionPartsHeadedByRequests(t *testing.T) {
	discussion := `
A. Request No. 5
Example argues that Request No. 5 seeks the contents of communications, which the Stored Communications Act forbids it to divulge. Kumo does not identify any exception that applies. Request No. 5 is denied.
B. Requests Nos. 1 through 4
Example does not dispute that the statutory requirements are met, and the Court adheres to its earlier analysis.
C. Protections for the Account Holder
Example is right that the account holder should have notice before being identified.`
	requests := `The subpoena asks Example for "all documents" showing (1) the names, (2) the e-mail addresses and (3) the telephone numbers associated with the account; (4) the IP addresses, with dates and times, of log-ins to the account; and (5) "all direct messages sent from the account to any employee of Kumo." Dkt. No. 8-1.`
	conclusion := "The application is GRANTED IN PART. Request No. 5 of the proposed subpoena is DENIED. Requests Nos. 1 through 4 are MODIFIED to seek documents sufficient to show the information requested.\n\nIT IS SO ORDERED."
	o := Read(draft{requests: requests, discussion: discussion, conclusion: conclusion}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.Phones, order.AccessLogs}, []order.Category{order.Content})
}

// TestParagraphsOfAPartByOrdinal: "subject to the notice, motion and
// preservation terms set out in the second and third paragraphs of Part
// II.C": the paragraphs counted in the part, its heading none, and one
// that a page's foot breaks off mid-sentence counted once.
func TestParagraphsOfAPartByOrdinal(t *testing.T) {
	discussion := `

C. Protection of the Account Holders

Kumo's proposed order would require Example to give the account holders

- 3 -

notice within thirty (30) days and would provide that, if either holder moves to quash, Example is to withhold its entire production. The Court adopts neither suggestion in full.

Accordingly, the Court directs that Example notify each account holder within seven (7) days of its receipt of the subpoena, and that each account holder have fourteen (14) days from the date of that notice to file a motion to quash or modify the subpoena in this Court.

If an account holder files such a motion, Example shall preserve the information concerning that holder's account and withhold it until the Court rules.`
	conclusion := "IT IS ORDERED that the application is GRANTED. Kumo may serve the proposed subpoena on Example, subject to the notice, motion and preservation terms set out in the second and third paragraphs of Part II.C of this Order, which are part of this Order as if set out here.\n\nIT IS FURTHER ORDERED that Kumo shall use the documents produced only in the action in Japan."
	o := Read(draft{discussion: discussion, conclusion: conclusion}.String()).Order
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 7, order.SubpoenaReceived}, {order.MoveToQuash, 14, order.NoticeGiven}})
	checkHold(t, o, order.ObjectorAccounts)
}

// TestStipulationParagraphsGovern: the stipulation's paragraphs are
// quoted in the discussion, and the operative part adopts it with a
// period's words replaced: "Paragraphs 2 through 5 of the Stipulation,
// as so modified, govern notice ...": the quoted paragraphs are the
// order's terms, with the period as changed.
func TestStipulationParagraphsGovern(t *testing.T) {
	discussion := `

C. The Stipulation

Kumo and Example have agreed on a notice procedure and ask the Court to enter it as an order. Dkt. No. 10. Its operative paragraphs provide:

     2. Example shall notify the holder of each Account of the subpoena
     within fourteen (14) days of service of the subpoena on Example.

     3. Within fourteen (14) days after the date of that notice, an
     account holder may file a motion to quash or modify the subpoena, or
     may serve a written objection on Example.

     4. Example shall notify the Court and Kumo of any written
     objection within seven (7) days of receiving it.

     5. If an account holder files a motion or serves an objection,
     Example shall preserve, but shall not produce, the information
     concerning that account holder's Account until the motion or
     objection is resolved.

Dkt. No. 10 ¶¶ 2-5.

The procedure is a sensible one, with one exception: the account holders need more time.`
	conclusion := `For the reasons above, IT IS ORDERED as follows:

1. The application is GRANTED. Kumo may serve on Example the subpoena attached as Exhibit A to the application.

2. The Stipulation (Dkt. No. 10) is ADOPTED and entered as an order of the Court, except that in paragraph 3 the words "fourteen (14) days" are replaced by "twenty-one (21) days." Paragraphs 2 through 5 of the Stipulation, as so modified, govern notice to the account holders, any motion or objection, and the preservation of information while a motion or objection is pending.`
	o := Read(draft{discussion: discussion, conclusion: conclusion}.String()).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 14, order.SubpoenaServed},
		{order.MoveToQuash, 21, order.NoticeGiven},
		{order.ObjectInWriting, 21, order.NoticeGiven},
		{order.AdviseCourt, 7, order.ObjectionReceived},
	})
	checkHold(t, o, order.ObjectorAccounts)
}

// TestStipulationAttachedSoOrderedAsModified: the order so orders the
// stipulation attached after it "as modified by paragraph 3 of this
// Order", where "the words \"fourteen (14) days\" are deleted and the
// words \"twenty-eight (28) days\" are substituted"; the parties
// stipulate "by and between Applicant Kumo Shoji K.K. (...) and Respondent
// Example Social, Inc. (...), ... as follows:".
func TestStipulationAttachedSoOrderedAsModified(t *testing.T) {
	src := draft{
		conclusion: `Accordingly, it is hereby ORDERED that:

1. The application (ECF No. 1) is GRANTED. Kumo may serve on Example the subpoena attached as ECF No. 3-1.

2. The Stipulation (ECF No. 14) is SO ORDERED as modified by paragraph 3 of this Order and is incorporated into this Order.

3. In paragraph 3 of the Stipulation, the words "fourteen (14) days" are deleted and the words "twenty-eight (28) days" are substituted.

SO ORDERED.`,
		signature: `Dated: April 22, 2026

MARGARET E. HOLLOWAY
United States District Judge

UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK

In re Application of KUMO SHOJI K.K.          STIPULATION AND [PROPOSED] ORDER

IT IS HEREBY STIPULATED AND AGREED, by and between Applicant Kumo Shoji K.K. ("Kumo") and Respondent Example Social, Inc. ("Example"), through their undersigned counsel and subject to the approval of the Court, as follows:

1. Within ten (10) days after Example receives the subpoena, Example shall send notice of the subpoena to the e-mail address associated with the account.

2. Nothing in this Stipulation waives Example's right to serve objections under Fed. R. Civ. P. 45(d)(2)(B).

3. An account holder who wishes to contest the subpoena may file a motion to quash or modify it in this Court within fourteen (14) days of the date of Example's notice.

4. If an account holder timely files a motion, Example shall preserve all documents responsive to the subpoena, but shall not produce the documents concerning the moving account holder's account until the Court has decided the motion.
`,
	}.String()
	o := Read(src).Order
	checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 10, order.SubpoenaReceived}, {order.MoveToQuash, 28, order.NoticeGiven}})
	checkHold(t, o, order.ObjectorAccounts)
}

// TestTitleAndCaseNumberFoot: a page's foot that gives the order's title
// and its case number ("ORDER GRANTING EX PARTE APPLICATION – Case No.
// ..."), on every page, is no words of the order: a period it breaks
// ("within twenty-one / [foot] / (21) days") is read whole. So is one
// whose title and case number a wide gap divides, below the page's
// number ("-3-").
func TestTitleAndCaseNumberFoot(t *testing.T) {
	for _, foot := range []string{
		"ORDER GRANTING AS MODIFIED EX PARTE APPLICATION – Case No. 5:24-mc-80001-ABC",
		"-3-\n      ORDER GRANTING IN PART § 1782 APPLICATION                Case No. 2:24-mc-00147-ABC",
	} {
		src := draft{
			discussion: "The requests are narrowly drawn.\n" + foot + "\n\nThe Court sets a procedure for notice.",
			conclusion: "The application is GRANTED. Kumo may serve the proposed subpoena on Example.\n\n2. Example shall notify each account holder whose information is sought that the subpoena has been served. Example shall give that notice within twenty-one\n" + foot + "\n\n(21) days of being served with the subpoena.\n\n3. An account holder may, within thirty (30) days from the date of the notice, file a motion in this Court to quash or modify the subpoena.",
		}.String()
		o := Read(src).Order
		checkPeriods(t, o, []periodWant{{order.NotifyAccountHolders, 21, order.SubpoenaServed}, {order.MoveToQuash, 30, order.NoticeGiven}})
	}
}

// TestSectionMarkColumns: a Texas caption whose columns the section mark
// divides ("IN RE EX PARTE APPLICATION OF § / BRAUEREI KESSELRING GMBH FOR
// AN § / ORDER PURSUANT TO 28 U.S.C. § 1782 § CASE NO. ..."): the marks
// are no words of the applicant's name, and the statute's stays.
func TestSectionMarkColumns(t *testing.T) {
	caption := `IN THE UNITED STATES DISTRICT COURT
FOR THE WESTERN DISTRICT OF TEXAS
AUSTIN DIVISION

IN RE EX PARTE APPLICATION OF §
KUMO SHOJI K.K. FOR AN §
ORDER PURSUANT TO 28 U.S.C. § 1782 § CASE NO. 1:24-mc-00212-ABC
TO OBTAIN DISCOVERY FOR USE IN A §
FOREIGN PROCEEDING §

ORDER

Before the Court is the Ex Parte Application filed by Kumo Shoji K.K. ("Kumo" or "Applicant"). Applicant seeks leave to serve a subpoena on Example Social, Inc. ("Example").`
	o := Read(draft{caption: caption}.String()).Order
	if o.Applicant != "Kumo Shoji K.K." || o.CaseNumber != "1:24-mc-00212-ABC" || o.Statute == "" {
		t.Errorf("applicant %q, case %q, statute %q; want Kumo Shoji K.K., 1:24-mc-00212-ABC and the statute", o.Applicant, o.CaseNumber, o.Statute)
	}
}

// TestParagraphModifiedByStriking: a memorandum order that orders "on
// the terms set out below" quotes the proposed order and adopts it "with
// one change": "Paragraph 4 of Exhibit B is therefore amended by
// striking \"twenty-one (21) days\" and inserting in its place \"thirty
// (30) days\"". The motion's period is thirty days, and the written
// objection "within the same period" follows it: the proposed order's
// twenty-one days are no term of the order.
func TestParagraphModifiedByStriking(t *testing.T) {
	conclusion := `IT IS ORDERED that the application is GRANTED, on the terms set out below.

1. The proposed order (Dkt. No. 1-1), marked Exhibit B, provides in relevant part:

     "3. Within fourteen (14) days of service of the subpoena, Example shall notify the holder of each Account that the subpoena has been served.

     4. Each holder shall have twenty-one (21) days from the date of such notice to file a motion to quash or modify the subpoena or, within the same period, to serve on Example a written objection.

     5. If a motion is filed or an objection served, Example shall preserve, but shall not produce, the information sought until the Court resolves it."

2. These terms are sound, and the Court adopts them with one change. The holders live abroad and need more time. Paragraph 4 of Exhibit B is therefore amended by striking "twenty-one (21) days" and inserting in its place "thirty (30) days."

3. The proposed order, as modified in paragraph 2 of this Order, is ADOPTED. Kumo may serve the subpoena on Example in the form submitted.`
	o := Read(draft{conclusion: conclusion}.String()).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 14, order.SubpoenaServed},
		{order.MoveToQuash, 30, order.NoticeGiven},
		{order.ObjectInWriting, 30, order.NoticeGiven},
	})
	checkHold(t, o, order.WholeSubpoena)
}

// TestPartParagraphPeriodReplaced: a judge's standing order reproduced
// as an attachment, its Part III incorporated "with one change: in Part
// III.A, \"thirty (30) days\" is replaced by \"twenty-one (21) days.\""
// The notice period is twenty-one days; Part IV.A, which also says
// thirty days and does not apply, is not the paragraph changed, and
// Part III's other periods stand as written.
func TestPartParagraphPeriodReplaced(t *testing.T) {
	src := draft{
		conclusion: `The application is GRANTED.

1. Kumo may serve on Example a subpoena for documents sufficient to show the names and e-mail addresses of the holders of the Accounts.

2. Part III of the Standing Order, reproduced in Attachment 1, applies to the subpoena and is incorporated in this order, with one change: in Part III.A, "thirty (30) days" is replaced by "twenty-one (21) days." Parts III.B and III.C apply as written.

IT IS SO ORDERED.`,
		signature: `Dated: July 14, 2026

TEODORA M. VUKOVIC
United States Magistrate Judge

                                 ATTACHMENT 1

   Excerpt from the Standing Order on Applications Under 28 U.S.C. § 1782

PART III.  NOTICE

   A. Within thirty (30) days after it is served with the subpoena, the service provider
      shall notify each affected account holder of the subpoena.

   B. Within thirty (30) days after the date notice is given under Part III.A, an account
      holder may file a motion to quash or modify the subpoena.

   C. If an account holder timely moves, the service provider shall preserve, and shall not
      produce, the information concerning that account holder until the Court rules.

PART IV.  SUBPOENAS REACHING CONTENT

   A. Where the subpoena reaches content, the service provider shall notify the account
      holder within thirty (30) days after service of the order.
`,
	}.String()
	o := Read(src).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 21, order.SubpoenaServed},
		{order.MoveToQuash, 30, order.NoticeGiven},
	})
	checkHold(t, o, order.ObjectorAccounts)
}

// TestOrderedForTheFollowingReasons: a memorandum order that opens "IT
// IS HEREBY ORDERED that the Report is ADOPTED as modified below, for the
// following reasons", tells the report's recommended conditions in its
// reasons, then orders again ("NOW, THEREFORE, IT IS HEREBY ORDERED
// that:"), denying two requests and changing two periods. The report's
// thirty and fourteen days, and its requests, are not the order's terms.
func TestOrderedForTheFollowingReasons(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
DISTRICT OF DELAWARE

IN RE EX PARTE APPLICATION OF KUMO SHOJI K.K.        Misc. No. 26-77-ABC

MEMORANDUM ORDER

     At Wilmington, this 9th day of March, 2026, having reviewed the Report and Recommendation
of the Magistrate Judge (D.I. 8) (the "Report") and the application of Kumo Shoji K.K.
("Kumo") under 28 U.S.C. § 1782 (D.I. 1), IT IS HEREBY ORDERED that the Report is ADOPTED as
modified below, for the following reasons.

     1. Kumo seeks leave to serve a subpoena on Example Social, Inc. ("Example"). The proposed
subpoena asks for "all documents" concerning each account, including (1) the names of the
account holders; (2) their e-mail addresses; (3) any device identifiers; and (4) the content
of their messages. The Report recommended that Requests 1 and 2 be permitted and
Requests 3 and 4 be denied, on these conditions:

          (a) Example shall notify each account holder of the subpoena within thirty (30) days
     of service of the subpoena;

          (b) each account holder may move to quash the subpoena within thirty (30) days of
     receiving that notice, or may instead serve on Example a written objection within the
     same period;

          (c) Example shall advise the Court of any written objection within fourteen (14) days
     of receiving it;

          (d) Example shall preserve the information and produce nothing while any motion or
     objection is pending.

     2. No objection to the Report was filed. The Court finds no error in it but shortens two
of its periods.

     NOW, THEREFORE, IT IS HEREBY ORDERED that:

     1. The Report (D.I. 8) is ADOPTED, as modified in paragraph 3 below.

     2. The application is GRANTED IN PART and DENIED IN PART. Kumo may serve on Example a
subpoena consisting of Requests 1 and 2. Requests 3 and 4 are DENIED.

     3. The subpoena shall be subject to conditions (a) through (d) recommended in the Report,
except that condition (a) shall require notice within fourteen (14) days of service of the
subpoena, and condition (c) shall require Example to advise the Court within seven (7) days
of receiving an objection.

                                        MARY Q. LINDQVIST
                                        United States District Judge
`
	o := Read(src).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails}, []order.Category{order.DeviceIDs, order.Content})
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 14, order.SubpoenaServed},
		{order.MoveToQuash, 30, order.NoticeGiven},
		{order.AdviseCourt, 7, order.ObjectionReceived},
	})
}

// TestDiscussionTermsToAskTheCourt: an order that grants in its
// conclusion and states its terms only in its discussion's prose: "Each
// account holder so alerted shall have twenty-eight (28) days from the
// date of that alert to ask this Court, by motion, to quash or modify the
// subpoena" is the court's term; "to ask this Court" is what the holder
// may do, not what a party asks.
func TestDiscussionTermsToAskTheCourt(t *testing.T) {
	src := draft{
		discussion: `The account holders have not been heard. The Court therefore requires the following. Example shall alert each of the two account holders to the subpoena no later than thirty (30) days after the subpoena is served upon it. Each account holder so alerted shall have twenty-eight (28) days from the date of that alert to ask this Court, by motion, to quash or modify the subpoena; a letter to Example will not do. If an account holder files such a motion, Example shall preserve the responsive information and shall not disclose it until the Court has decided the motion.`,
		conclusion: `For these reasons, the application is GRANTED. Kumo may serve on Example a subpoena in the form attached to the application.`,
	}.String()
	o := Read(src).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 30, order.SubpoenaServed},
		{order.MoveToQuash, 28, order.NoticeGiven},
	})
}

// TestObligationsAsSetOutAbove: the conclusion grants and says that the
// platform's "obligations, and the account holders' opportunity to
// challenge the subpoena, are as set out above": the court's own
// directions in its discussion are the order's terms; what the applicant
// proposed there is not.
func TestObligationsAsSetOutAbove(t *testing.T) {
	src := draft{
		discussion: `Kumo's proposed order would have had Example give notice within seven (7) days. The Court sets a longer period. Once Example has been served with this Order, it has fourteen (14) days to let each of the account holders know that the subpoena has been issued. An account holder may then, within twenty-one (21) days from the date that communication is sent, file in this Court a motion to quash or modify the subpoena. While any such motion is unresolved, Example shall preserve the material responsive to the subpoena and shall withhold the information concerning the account whose holder has come forward.`,
		conclusion: `Accordingly, the application is GRANTED. Kumo may serve on Example a subpoena in the form attached to the application. Example's obligations, and the account holders' opportunity to challenge the subpoena, are as set out above.`,
	}.String()
	o := Read(src).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 14, order.OrderServed},
		{order.MoveToQuash, 21, order.NoticeGiven},
	})
}

// TestEarlierOrderParagraphsApply: an order that sets out an earlier
// order's paragraphs in its discussion and makes some of them its own
// ("Paragraphs 2, 4, 5 and 7 of the April Order (No. 24-mc-80001-ABC)
// apply to that subpoena as though set out in full here"), changing one
// ("Paragraph 5 of the April Order, as applied here, is modified by
// substituting \"twenty-eight (28) days\" for \"twenty-one (21) days.\"")
// and leaving one out: the kept paragraphs' terms, as changed, are the
// order's; the one left out (a written objection) is not.
func TestEarlierOrderParagraphsApply(t *testing.T) {
	src := draft{
		discussion: `Because the Court incorporates parts of the April Order, its operative paragraphs are set out here:

     ¶ 2. Kumo may serve a subpoena on Example for documents sufficient to show the names and e-mail addresses associated with the account.

     ¶ 4. Within fourteen (14) days of service of the subpoena, Example shall notify the account holder of the subpoena.

     ¶ 5. The account holder shall have twenty-one (21) days from the date of notice to move to quash or modify the subpoena.

     ¶ 6. In the alternative, the account holder may, within the same twenty-one days, send Example a written objection.

     ¶ 7. If a timely motion is made, Example shall preserve and shall not produce any information responsive to the subpoena until the Court has ruled.

The reasoning of the April Order applies equally here.`,
		conclusion: `The application is ALLOWED, as follows:

(a) Kumo may serve a subpoena on Example concerning the account "kumo_watch".

(b) Paragraphs 2, 4, 5 and 7 of the April Order (No. 24-mc-80001-ABC) apply to that subpoena as though set out in full here.

(c) Paragraph 5 of the April Order, as applied here, is modified by substituting "twenty-eight (28) days" for "twenty-one (21) days."

(d) Paragraph 6 of the April Order is not incorporated.`,
	}.String()
	o := Read(src).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 14, order.SubpoenaServed},
		{order.MoveToQuash, 28, order.NoticeGiven},
	})
	if c, ok := conditionOf(o, order.ObjectInWriting); ok {
		t.Errorf("a paragraph not incorporated read as a term: %+v", c)
	}
	checkHold(t, o, order.WholeSubpoena)
}

// TestEarlierOrderParagraphAppliesAsAmended: "Paragraph 4 of the April
// Order applies to the second subpoena as amended to read: \"Within ten
// (10) days after Example receives the subpoena, Example shall notify
// ...\"": the paragraph as the court writes it is the order's, not the
// April Order's as quoted in the discussion.
func TestEarlierOrderParagraphAppliesAsAmended(t *testing.T) {
	src := draft{
		discussion: `Paragraphs 2 through 5 of the April Order read as follows:

     2. Kumo may serve a subpoena on Example for documents sufficient to show the names and e-mail addresses associated with the account.

     4. Within twenty-one (21) days of being served with the subpoena, Example shall notify the account holder of the subpoena.

     5. The account holder shall have thirty (30) days from the date of the notice to move to quash or modify the subpoena.

The reasoning of the April Order applies equally here.`,
		conclusion: `For these reasons, it is ORDERED that:

A. Kumo may serve on Example a second subpoena seeking the information described in paragraph 2 of the April Order.

B. Paragraph 5 of the April Order applies to the second subpoena as though set out here in full.

C. Paragraph 4 of the April Order applies to the second subpoena as amended to read:
"Within ten (10) days after Example receives the subpoena, Example shall alert each shop owner to the subpoena by e-mail."`,
	}.String()
	checkPeriods(t, Read(src).Order, []periodWant{
		{order.NotifyAccountHolders, 10, order.SubpoenaReceived},
		{order.MoveToQuash, 30, order.NoticeGiven},
	})
}

// TestRequestsRevisedInOperativePart: the operative part says what the
// subpoena's requests seek now, in two ways. It revises the subpoena "so
// that (a) every request seeks only documents sufficient to identify
// the operators of the account, namely their names, ...; and (b) Request
// No. 3 does not call for any card number or card security code": the
// categories it names are the subpoena's. Or the discussion describes
// the requests by number in prose ("Requests 1 through 3 ask for the
// names, e-mail addresses and telephone numbers ...", "Request 4 asks for
// \"all payment information\" ...") and the operative part names only
// one ("(b) Request 4 seeks only the name and billing address of the
// holder of any payment card ..., and not the card number or the card
// security code"): every request the paragraph describes is the
// subpoena's, the one named as it now reads. Either way the categories
// are under "sufficient to show", without those card fields.
func TestRequestsRevisedInOperativePart(t *testing.T) {
	tests := []struct{ name, requests, conclusion string }{
		{"revised so that every request seeks only", `Each request of the proposed subpoena asks for "all documents" about the account holders' names, e-mail addresses, telephone numbers, "payment information," and the IP addresses used to log in.`, `For these reasons, the application is GRANTED AS MODIFIED, and IT IS ORDERED:

1. Kumo may serve on Example the subpoena at Dkt. No. 1-3, revised so that (a) every request seeks only documents sufficient to identify the operators of the account, namely their names, e-mail addresses and telephone numbers, the name and billing address of the holder of any payment card linked to the account, and the IP addresses from which the account was logged into; and (b) Request No. 3 does not call for any card number or card security code.`},
		{"requests described by number, one named", `The proposed subpoena (Ex. A) contains five requests, each of which begins "All documents." Requests 1 through 3 ask for the names, e-mail addresses and telephone numbers registered to the account. Request 4 asks for "all payment information" associated with that account. Request 5 asks for the IP addresses, with dates and times, from which the account was logged into since March 1, 2026.`, `For the reasons stated, the application is GRANTED AS MODIFIED, and the Court ORDERS as follows:

1. Kumo may serve on Example the subpoena attached as Exhibit A, modified so that (a) each request seeks "documents sufficient to show" rather than "all documents," and (b) Request 4 seeks only the name and billing address of the holder of any payment card associated with the account, and not the card number or the card security code.`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Read(draft{requests: tt.requests, conclusion: tt.conclusion}.String()).Order
			checkScope(t, o, []order.Category{order.Names, order.Emails, order.Phones, order.CardHolder, order.AccessLogs}, nil)
			checkStandard(t, o, order.SufficientToShow)
			if !slices.Equal(o.ExcludedFields, []order.Field{order.CardNumber, order.CardSecurityCode}) {
				t.Errorf("excluded %v, want card number and security code", o.ExcludedFields)
			}
		})
	}
}

// TestRecommendedConditionsByNumber: a district judge adopts a report
// whose numbered conditions it sets out ("She then recommended the
// following conditions, Id. at 10-11:" then "(1) ...", "(2) ..."), changes
// one by its number ("In recommended condition (3), \"twenty-one (21)
// days\" is replaced with \"thirty (30) days.\""), rejects another
// ("Recommended condition (4) is not adopted.") and adopts the rest
// ("Recommended conditions (1), (2) and (5) are adopted without change"):
// the conditions are the report's as changed, without the one rejected.
func TestRecommendedConditionsByNumber(t *testing.T) {
	src := draft{
		discussion: `The magistrate judge recommended that the requests be limited to documents sufficient to show the information sought. She then recommended the following conditions, Id. at 10-11:

        (1) Kumo may serve the subpoena, limited to documents sufficient to show the information sought by Requests 1 through 4.

        (2) Example shall notify the account holder of the subpoena within fourteen (14) days of service of the subpoena on Example.

        (3) The account holder may file a motion to quash or modify the subpoena within twenty-one (21) days of the date of the notice.

        (4) In the alternative, the account holder may send Example a written objection within twenty-one (21) days of the date of the notice, and Example shall bring any objection to the Court's attention within ten (10) days of receiving it.

        (5) Example shall preserve the subpoenaed information, and, if a motion is made, shall produce nothing in response to the subpoena until the Court has resolved the motion.

No objection to the report was filed.`,
		conclusion: `The Report and Recommendation (Dkt. No. 14) is ADOPTED, with the following modifications:

        A. In recommended condition (3), "twenty-one (21) days" is replaced with "thirty (30) days."

        B. Recommended condition (4) is not adopted.

Recommended conditions (1), (2) and (5) are adopted without change. Accordingly, the application is GRANTED. The subpoena is subject to the conditions recommended in the Report as modified by this Order.`,
	}.String()
	o := Read(src).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 14, order.SubpoenaServed},
		{order.MoveToQuash, 30, order.NoticeGiven},
	})
	for _, act := range []order.Act{order.ObjectInWriting, order.AdviseCourt} {
		if c, ok := conditionOf(o, act); ok {
			t.Errorf("a condition not adopted read as the order's: %+v", c)
		}
	}
	checkHold(t, o, order.WholeSubpoena)
}

// TestStipulationSummarizedAdopted: the discussion tells what the
// stipulation provides, item by item ("The Stipulation provides that (a)
// Example will notify ...; (b) a user may file a motion ...; ... (d) ...
// Example will preserve and withhold ..."), and the operative part adopts
// it as modified, restating the one change: the stipulation's terms so
// told are the order's, the change over them.
func TestStipulationSummarizedAdopted(t *testing.T) {
	src := draft{
		discussion: `The Stipulation provides that (a) Example will notify each affected user within thirty (30) days of service of the subpoena; (b) a user may file a motion to quash or modify the subpoena within fourteen (14) days of the date of Example's notice; (c) alternatively, a user may send Example a written objection within fourteen (14) days of the date of the notice, and Example will inform the Court of it within ten (10) days after receiving it; and (d) while a motion or objection is pending, Example will preserve and withhold the information relating to the account of the user who made it. Stipulation ¶¶ 2-5.

The Court adopts the Stipulation, with one change: both periods in subparagraphs (b) and (c) are extended to twenty-one (21) days from the date of notice.`,
		conclusion: `IT IS ORDERED that the application is GRANTED.

1. The Stipulation (Dkt. No. 9-1) is ADOPTED AS MODIFIED and is made an order of the Court. As modified, paragraphs 3 and 4 of the Stipulation allow a user twenty-one (21) days from the date of Example's notice either to move to quash or modify the subpoena or to serve a written objection on Example.`,
	}.String()
	o := Read(src).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 30, order.SubpoenaServed},
		{order.MoveToQuash, 21, order.NoticeGiven},
		{order.ObjectInWriting, 21, order.NoticeGiven},
		{order.AdviseCourt, 10, order.ObjectionReceived},
	})
	checkHold(t, o, order.ObjectorAccounts)
}

// TestBracketedStarPage: a case-law site's page mark in brackets ("[*5]")
// says nothing, and a number's words it breaks ("within twenty- [*5] one
// (21) days") are one word: the period is twenty-one days.
func TestBracketedStarPage(t *testing.T) {
	o := Read(conclusionWith("(b) Example shall, within twenty- [*5] one (21) days after it receives the subpoena, notify the operator of each shop that the subpoena has been served.\n\n(c) Each operator shall have twenty-eight (28) days from the date of that notice [*6] to file a motion to quash or modify the subpoena in this Court.")).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 21, order.SubpoenaReceived},
		{order.MoveToQuash, 28, order.NoticeGiven},
	})
}

// TestDeniedRequestOfWhatLogInsCarry: "Request 7 seeks \"device
// identifiers ... associated with those log-ins\"", denied, while the
// operative part allows the IP addresses from which the account was
// accessed: the log-ins only say whose device identifiers are asked for;
// the log-in records stay allowed and are not denied.
func TestDeniedRequestOfWhatLogInsCarry(t *testing.T) {
	requests := `The proposed subpoena contains seven requests. Requests 1 and 2 seek all documents concerning the name and e-mail addresses associated with the account. Request 3 seeks the IP addresses, with dates and times, from which the account was logged into since May 1, 2026. Request 4 seeks "device identifiers and cookie identifiers" associated with those log-ins. Request 5 seeks "all messages sent through the account."`
	conclusion := `The application is GRANTED IN PART and DENIED IN PART, as follows:

1. Kumo may serve on Example a subpoena limited to documents sufficient to show (a) the name and (b) the e-mail addresses associated with the account; and (c) the IP addresses, with dates and times, from which the account was accessed since May 1, 2026.

2. Requests 4 and 5 of the proposed subpoena are DENIED and shall be removed.`
	o := Read(draft{requests: requests, conclusion: conclusion}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.AccessLogs}, []order.Category{order.DeviceIDs, order.Content})
}

// TestNoProvisionRequiringAHold: a memorandum order "GRANTED, for the
// reasons and on the terms that follow", all of it operative, says that
// "Kumo's proposed order contains no provision requiring Example to
// preserve or withhold information while such a motion is pending, and
// the Court adds none": a hold no provision requires is no hold.
func TestNoProvisionRequiringAHold(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF DELAWARE

IN RE EX PARTE APPLICATION OF KUMO SHOJI K.K.     )     Misc. No. 26-mc-410-ABC

MEMORANDUM ORDER

At Wilmington, this 9th day of September, 2026, having reviewed the ex parte application of Kumo Shoji K.K. ("Kumo") for an order under 28 U.S.C. § 1782 authorizing a subpoena to Example Social, Inc. ("Example") (D.I. 1), IT IS HEREBY ORDERED that the application is GRANTED, for the reasons and on the terms that follow.

1. Kumo intends to sue the holder of the account in Japan for defamation. The statutory requirements are met.

2. Because the account holder has an interest in anonymous speech, the Court will require notice and an opportunity to move to quash. Kumo's proposed order contains no provision requiring Example to preserve or withhold information while such a motion is pending, and the Court adds none.

NOW, THEREFORE, IT IS FURTHER ORDERED that:

     A. Kumo may serve the proposed subpoena on Example.

     B. Example shall, within ten (10) days of service of the subpoena, notify each account holder.

     C. Each account holder may, within twenty-one (21) days of the date of Example's notice, move in this Court to quash or modify the subpoena.

                                        MARY Q. LINDQVIST
                                        United States District Judge
`
	o := Read(src).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 10, order.SubpoenaServed},
		{order.MoveToQuash, 21, order.NoticeGiven},
	})
	if h, ok := conditionOf(o, order.PreserveNotDisclose); ok {
		t.Errorf("hold %+v, want none: the court adds none", h)
	}
}

// TestNarrativeRequestRelatingToIdentity: "The proposed subpoena asks for
// all documents relating to the identity of each account holder,
// including names, ...": the request is read, under the standard it is
// written in.
func TestNarrativeRequestRelatingToIdentity(t *testing.T) {
	requests := "The proposed subpoena asks for all documents relating to the identity of each account holder, including names, physical addresses, e-mail addresses, telephone numbers, and the IP addresses, with dates and times, of every log-in since each account was created. Dkt. No. 1-1."
	o := Read(draft{requests: requests, conclusion: "The application is GRANTED. Kumo may serve the proposed subpoena on Example."}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Addresses, order.Emails, order.Phones, order.AccessLogs}, nil)
	checkStandard(t, o, order.AllDocuments)
}

// TestScheduleThatFollows: a minute order with no heading and no "IT IS
// ORDERED" grants the application in its first paragraph, tells what the
// applicant proposed ("would also have had Example notify the account
// holders within twenty-one days of the entry of this order"), and "sets
// the schedule that follows": the schedule is the order's terms, the
// proposal is not.
func TestScheduleThatFollows(t *testing.T) {
	src := `UNITED STATES DISTRICT COURT
CENTRAL DISTRICT OF CALIFORNIA

CIVIL MINUTES – GENERAL

Case No.   2:26-mc-00219-ABC                              Date   September 17, 2026
Title      In re Ex Parte Application of Kumo Shoji K.K.

Present: The Honorable   Mary Q. Lindqvist, United States Magistrate Judge

Proceedings:   (IN CHAMBERS) ORDER GRANTING EX PARTE APPLICATION FOR LEAVE TO
               SERVE SUBPOENA ON EXAMPLE SOCIAL, INC. UNDER 28 U.S.C. § 1782 [1]

Kumo Shoji K.K. ("Kumo") applies ex parte for leave to serve a subpoena on Example Social, Inc. ("Example"). The Court has read the application and finds the matter appropriate for decision without a hearing. The application is GRANTED.

The subpoena (Dkt. 1-4) seeks all documents showing, for each account, the name, e-mail addresses and telephone numbers registered on the account. Each requirement of Section 1782 is met, and the discretionary factors favor the application.

Kumo's proposed order would also have had Example notify the account holders within twenty-one days of the entry of this order. The Court prefers to measure the time from service of the subpoena itself, and sets the schedule that follows.

Example is to notify each account holder of the subpoena no later than the seventh day after Example is served with it. Each account holder has 30 days from that notice to ask this Court to quash or modify the subpoena by motion. Until any such motion is resolved, Example is to preserve the subpoenaed information and is to produce nothing in response to the subpoena.

IT IS SO ORDERED.
`
	o := Read(src).Order
	checkPeriods(t, o, []periodWant{
		{order.NotifyAccountHolders, 7, order.SubpoenaServed},
		{order.MoveToQuash, 30, order.NoticeGiven},
	})
	checkHold(t, o, order.WholeSubpoena)
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.Phones}, nil)
}

// TestTwoLineTitleFoot: a page's foot of the order's title over two lines,
// its page's number after a dash on the second ("ORDER GRANTING
// APPLICATION UNDER" / "28 U.S.C. § 1782 AS MODIFIED - 1"), then the
// case's number in parentheses, on each page: no words of the order, even
// where it falls inside a request.
func TestTwoLineTitleFoot(t *testing.T) {
	foot := func(n int) string {
		return fmt.Sprintf("\n\nORDER GRANTING APPLICATION UNDER\n28 U.S.C. § 1782 AS MODIFIED - %d\n(2:26-mc-00077-ABC)\n\n            Case 2:26-mc-00077-ABC   Document 14   Filed 08/26/26   Page %d of 3\n\n", n, n+1)
	}
	requests := "The proposed subpoena asks for all documents showing the names, physical addresses, e-mail addresses," + foot(1) + "telephone numbers, and the IP addresses, with dates and times, of every log-in since May 1, 2026. Dkt. No. 1-1."
	discussion := "The statutory requirements are met, and the discretionary factors favor" + foot(2) + "the application."
	o := Read(draft{requests: requests, discussion: discussion, conclusion: "The application is GRANTED. Kumo may serve the proposed subpoena on Example."}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Addresses, order.Emails, order.Phones, order.AccessLogs}, nil)
	for _, rq := range o.Requests {
		if strings.Contains(rq.Text, "GRANTING") || strings.Contains(rq.Text, "MODIFIED") {
			t.Errorf("the page's foot read into the request: %q", rq.Text)
		}
	}
}

// TestTitleFootWithCaseNumberAndPage: a page's foot of the proposed
// order's title, "[PROPOSED]" struck through by the judge, the case's
// number in capitals and the page's number between dashes ("~~[PROPOSED]~~
// ORDER GRANTING EX PARTE APPLICATION - CASE NO. 3:26-mc-80332-ABC      -
// 1 -"), under a rule: no words of the order, even inside a request.
func TestTitleFootWithCaseNumberAndPage(t *testing.T) {
	foot := func(n int) string {
		return fmt.Sprintf("\n\n_______________________________________________________________________________________\n~~[PROPOSED]~~ ORDER GRANTING EX PARTE APPLICATION - CASE NO. 3:26-mc-80332-ABC      - %d -\n\nCase 3:26-mc-80332-ABC        Document 12        Filed 11/10/26        Page %d of 3\n\n", n, n+1)
	}
	requests := "The proposed subpoena asks for all documents showing the names, postal addresses, e-mail" + foot(1) + "addresses and telephone numbers of the account holders. Dkt. No. 1-1."
	discussion := "The statutory requirements are met, and the discretionary factors favor" + foot(2) + "the application."
	o := Read(draft{requests: requests, discussion: discussion, conclusion: "The application is GRANTED. Kumo may serve the proposed subpoena on Example."}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Addresses, order.Emails, order.Phones}, nil)
	for _, rq := range o.Requests {
		if strings.Contains(rq.Text, "GRANTING") || strings.Contains(rq.Text, "___") {
			t.Errorf("the page's foot read into the request: %q", rq.Text)
		}
	}
}

// TestRequestsForTheAccountsContentDenied: "The requests for device
// identifiers and for the accounts' content are denied": the content the
// subpoena asked for ("all reviews, messages, photographs, and other
// content") is denied, by the name the order gives it.
func TestRequestsForTheAccountsContentDenied(t *testing.T) {
	requests := `The proposed subpoena asks Example for all documents showing the names, e-mail addresses and telephone numbers of the users of the three accounts; the device identifiers associated with the accounts; and "all reviews, messages, photographs, and other content" the accounts posted or sent. ECF No. 1-3.`
	conclusion := "The application is granted in part and denied in part. Kumo may serve Example with a subpoena seeking documents sufficient to identify the users of the three accounts, limited to their names, e-mail addresses and telephone numbers. The requests for device identifiers and for the accounts' content are denied."
	o := Read(draft{requests: requests, conclusion: conclusion}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Emails, order.Phones}, []order.Category{order.DeviceIDs, order.Content})
}

// TestDocketNumberCutFromItsLabel: "... on Example Social, Inc. ECF No."
// / "1. Kumo says that four accounts, operating under the names ...": a
// docket entry's number a line's end cut from its label is no first item
// of a list of requests; the subpoena's requests are those told after.
func TestDocketNumberCutFromItsLabel(t *testing.T) {
	requests := "Kumo Shoji K.K. seeks leave to serve a subpoena on Example Social, Inc. ECF No.\n1. Kumo says that four accounts, operating under the names \"kumo_fake\" and \"kumo_copy,\" sell copies of its designs.\n\nThe proposed subpoena seeks all documents showing, for each account: the names and physical addresses of its owners; their e-mail addresses and telephone numbers. ECF No. 1-4, Schedule A."
	o := Read(draft{requests: requests, conclusion: "The application is GRANTED. Kumo may serve the proposed subpoena on Example."}.String()).Order
	checkScope(t, o, []order.Category{order.Names, order.Addresses, order.Emails, order.Phones}, nil)
}
