package application

import (
	"slices"
	"strconv"

	"github.com/writ-project/writ/internal/order"
)

// The contents of communications and the Stored Communications Act.
//
// 18 U.S.C. § 2702(a)(1): a person or entity providing an electronic
// communication service to the public "shall not knowingly divulge to any
// person or entity the contents of a communication while in electronic
// storage by that service"; § 2702(a)(2) bars a provider of remote
// computing service to the public likewise. The exceptions of § 2702(b)
// (among them the addressee, the lawful consent of the originator or an
// addressee (b)(3), what §§ 2517, 2511(2)(a) or 2703 authorize, the
// provider's own service and protection, a report to NCMEC, contents
// inadvertently obtained that appear to pertain to a crime (to law
// enforcement), an emergency (to a governmental entity, (b)(8))) include
// no private party's subpoena; in a § 1782 case the Ninth Circuit held the
// Act barred production of a foreign citizen's stored e-mail (Suzlon
// Energy Ltd. v. Microsoft Corp., 671 F.3d 726 (9th Cir. 2011)). So a
// draft says so wherever content is asked for, and a grant may not allow
// it. Records that are not contents are another matter: § 2702(c)(6) lets
// a provider divulge them "to any person other than a governmental
// entity", which is why the identifying information of the seed's
// requests may be subpoenaed.

// contentRequests are the numbers of the requests that ask for the
// contents of communications.
func contentRequests(rs []order.Request) []int {
	var out []int
	for _, r := range rs {
		if slices.Contains(r.Categories, order.Content) {
			out = append(out, r.Number)
		}
	}
	return out
}

// requestsNamed names requests by number: "request 1", "requests 1 and 2".
func requestsNamed(nums []int) string {
	words := make([]string, len(nums))
	for i, n := range nums {
		words[i] = strconv.Itoa(n)
	}
	if len(words) == 1 {
		return "request " + words[0]
	}
	return "requests " + series(words, "and")
}

// asked are the requests as the applicant asked them, in the Order's form.
func (a *Application) asked() []order.Request {
	out := make([]order.Request, len(a.Requests))
	for i, r := range a.Requests {
		out[i] = order.Request{Number: r.Number, Categories: r.Categories}
	}
	return out
}

// storedCommunications is the discussion's part on the contents of
// communications, when the proposed subpoena asks for them; nothing
// otherwise. It is said whatever the Court decides, since what the Act
// forbids no order here can compel.
func (a *Application) storedCommunications(d *draft) {
	nums := contentRequests(a.asked())
	if len(nums) == 0 {
		return
	}
	d.add(Subheading, "C. Contents of Communications")
	d.add(Plain, "The proposed subpoena asks for the contents of communications (%s). The Stored Communications Act provides that a person or entity providing an electronic communication service to the public “shall not knowingly divulge to any person or entity the contents of a communication while in electronic storage by that service,” 18 U.S.C. § 2702(a)(1), and bars a provider of remote computing service to the public from divulging the contents of communications it carries or maintains, id. § 2702(a)(2). Its exceptions, id. § 2702(b), include the lawful consent of the originator or an addressee or intended recipient of the communication, id. § 2702(b)(3), but none for a subpoena obtained by a private party. A subpoena under § 1782 cannot compel %s to divulge what the Act forbids it to divulge. See Suzlon Energy Ltd. v. Microsoft Corp., 671 F.3d 726 (9th Cir. 2011) (the Act barred production under § 1782 of the contents of a foreign citizen’s e-mail stored in the United States).",
		requestsNamed(nums), a.Respondent.Short)
}
