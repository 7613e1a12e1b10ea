package pages

import (
	"context"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/casefile"
	"github.com/writ-project/writ/internal/web/status"
	"github.com/writ-project/writ/internal/words"
)

// The people page is, for a platform's administrators, what writ user
// add / disable / enable / password and writ grant / revoke are for the
// operator: the platform's people, each with how they sign in and the
// platform's cases they hold, and the forms that change that. Who counts
// as the platform's people, and what an administrator may do about each,
// is the policy's (access.CheckPerson): its staff; counsel and the court
// who hold one of its cases or whom it added, managed only while they hold
// no other platform's case.

// peopleData is the people page.
type peopleData struct {
	Platform string
	People   []personLine
	// OIDC names the provider a person may sign in through without a
	// password; "" when none is configured.
	OIDC string
	// Invited is set after an invitation was made: to whom, and the
	// link when it is shown to the administrator to pass on (once).
	Invited *invited
}

// invited is an invitation just made, as the page reports it.
type invited struct {
	Name string
	// Link is the invitation's address, shown once; "" when it was
	// mailed.
	Link string
}

// personLine is one person on the people page.
type personLine struct {
	ID, Name, Email string
	Role            access.Role
	Admin, Disabled bool
	// SignIn says how they sign in: a password, through the provider
	// only, not yet (invited), disabled.
	SignIn string
	// Manage offers disable / enable, Invite an invitation (which writ
	// can deliver: by mail, or for the platform's staff shown to the
	// administrator); Self marks the administrator's own line (they
	// cannot disable themselves).
	Manage, Invite, Self bool
	// Grants is set for counsel and the court: Cases are the platform's
	// cases they hold, Grantable those they do not.
	Grants           bool
	Cases, Grantable []caseOption
}

// caseOption is one of the platform's cases, as a form offers it.
type caseOption struct{ ID, Number string }

// peoplePage lists the platform's people for an administrator.
func (s *Pages) peoplePage(w http.ResponseWriter, r *http.Request, p access.Principal) {
	s.showPeople(w, r, p, http.StatusOK, "", nil)
}

// mayManagePeople answers, and reports false for, someone whom the policy
// does not let manage people, or a server that keeps no users.
func (s *Pages) mayManagePeople(w http.ResponseWriter, r *http.Request, p access.Principal) bool {
	if s.Users == nil || s.Access == nil {
		s.errorPage(w, r, &p, http.StatusNotImplemented, "This server keeps no users.")
		return false
	}
	if !access.Permits(p, access.ViewPeople) {
		s.errorPage(w, r, &p, http.StatusForbidden, "Only the platform's administrators manage its people.")
		return false
	}
	return true
}

// showPeople renders the people page with a message (a refusal, what was
// done) and an invitation just made.
func (s *Pages) showPeople(w http.ResponseWriter, r *http.Request, p access.Principal, code int, msg string, inv *invited) {
	if !s.mayManagePeople(w, r, p) {
		return
	}
	ctx := r.Context()
	refs := s.personRefs(ctx)
	mine, err := s.platformCases(ctx, p)
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	all, err := s.Users.Users(ctx)
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	d := peopleData{Platform: p.User.Platform, OIDC: s.oidcName(), Invited: inv}
	now := s.Now()
	for _, u := range all {
		ref, grants, err := refs.of(u)
		if err != nil {
			s.pageFault(w, r, p, err)
			return
		}
		if access.CheckPerson(p, access.ViewPeople, ref) != nil {
			continue
		}
		l := personLine{ID: u.ID, Name: u.Name, Email: u.Email, Role: access.Role(u.Role), Admin: u.Admin, Disabled: u.Disabled(),
			Manage: access.CheckPerson(p, access.ManagePeople, ref) == nil, Self: u.ID == p.User.ID}
		l.Invite = l.Manage && s.canDeliver(pageLanguage(r), p, ref, u.Name) == nil
		if l.SignIn, err = s.signInWords(ctx, pageLanguage(r), u, now); err != nil {
			s.pageFault(w, r, p, err)
			return
		}
		if access.TakesGrants(ref.Role) {
			l.Grants = true
			held := map[string]bool{}
			for _, g := range grants {
				held[g] = true
			}
			for _, c := range mine {
				if held[c.ID] {
					l.Cases = append(l.Cases, c)
				} else {
					l.Grantable = append(l.Grantable, c)
				}
			}
		}
		d.People = append(d.People, l)
	}
	s.render(w, r, code, "people", page{Title: "People of " + p.User.Platform, Principal: &p, Message: msg, Data: d})
}

// signInWords says how a person signs in, in lang.
func (s *Pages) signInWords(ctx context.Context, lang *words.Language, u store.User, now time.Time) (string, error) {
	if u.Disabled() {
		return sentence(lang, "pages.signin_state.disabled", u.DisabledAt.UTC().Format("2006-01-02")), nil
	}
	links, err := s.Users.UserLinks(ctx, u.ID)
	if err != nil {
		return "", err
	}
	pending := ""
	for _, l := range links {
		if l.Kind == store.LinkInvitation && l.UsedAt.IsZero() && now.Before(l.ExpiresAt) {
			pending = sentence(lang, "pages.signin_state.invited", l.ExpiresAt.UTC().Format("2006-01-02 15:04 UTC"))
		}
	}
	switch {
	case u.PasswordHash != "" && pending != "":
		return sentence(lang, "pages.signin_state.password_and", pending), nil
	case u.PasswordHash != "":
		return sentence(lang, "pages.signin_state.password"), nil
	case pending != "":
		return pending, nil
	case s.OIDC != nil:
		return sentence(lang, "pages.signin_state.through", s.OIDC.Name()), nil
	}
	return sentence(lang, "pages.signin_state.cannot"), nil
}

// platformCases are the cases the administrator's platform sees, by
// number, for the grant forms.
func (s *Pages) platformCases(ctx context.Context, p access.Principal) ([]caseOption, error) {
	// The index names each case's platform and number without reading
	// and parsing every case of the store.
	all, err := s.Index.Summaries(ctx, s.Now())
	if err != nil {
		return nil, err
	}
	var out []caseOption
	for _, c := range all {
		if access.Can(p, access.GrantCases, access.CaseRef{ID: c.ID, Provider: c.Provider}) {
			out = append(out, caseOption{ID: c.ID, Number: c.Number})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Number < out[j].Number })
	return out, nil
}

// personRefs makes the policy's view of people, reading each case's
// provider and each creator's platform once.
type personRefs struct {
	s         *Pages
	ctx       context.Context
	providers map[string]string
	platforms map[string]string
}

func (s *Pages) personRefs(ctx context.Context) *personRefs {
	return &personRefs{s: s, ctx: ctx, providers: map[string]string{}, platforms: map[string]string{}}
}

// of is the policy's view of u, and the IDs of the cases granted to them.
func (r *personRefs) of(u store.User) (access.PersonRef, []string, error) {
	ref := access.PersonRef{ID: u.ID, Role: access.Role(u.Role), Platform: u.Platform, AddedBy: r.addedBy(u.CreatedBy)}
	grants, err := r.s.Users.Grants(r.ctx, u.ID)
	if err != nil {
		return ref, nil, err
	}
	var ids []string
	for _, g := range grants {
		provider, ok := r.providers[g.CaseID]
		if !ok {
			c, err := r.s.Cases.Load(r.ctx, g.CaseID)
			if err != nil {
				return ref, nil, err
			}
			provider = c.Order.Provider
			r.providers[g.CaseID] = provider
		}
		ref.Providers = append(ref.Providers, provider)
		ids = append(ids, g.CaseID)
	}
	return ref, ids, nil
}

// addedBy is the platform of the staff member a user's CreatedBy names
// ("staff:u-..."), or "" when someone else created them.
func (r *personRefs) addedBy(createdBy string) string {
	_, id, ok := strings.Cut(createdBy, ":")
	if !ok || !strings.HasPrefix(id, "u-") {
		return ""
	}
	if pl, ok := r.platforms[id]; ok {
		return pl
	}
	// Only staff have a platform (the store keeps it so).
	pl := ""
	if u, err := r.s.Users.User(r.ctx, id); err == nil {
		pl = u.Platform
	}
	r.platforms[id] = pl
	return pl
}

// person loads the person of a form's path for p to do act about.
func (s *Pages) person(w http.ResponseWriter, r *http.Request, p access.Principal, act access.Act) (store.User, access.PersonRef, bool) {
	if !s.mayManagePeople(w, r, p) {
		return store.User{}, access.PersonRef{}, false
	}
	id := r.PathValue("id")
	u, err := s.Users.User(r.Context(), id)
	if fault.Is(err, fault.NotFound) {
		err = fault.Errorf(fault.NotFound, "user %s does not exist", id)
	}
	var ref access.PersonRef
	if err == nil {
		ref, _, err = s.personRefs(r.Context()).of(u)
	}
	if err == nil {
		err = access.CheckPerson(p, act, ref)
	}
	if err != nil {
		s.peopleRefused(w, r, p, err)
		return store.User{}, access.PersonRef{}, false
	}
	return u, ref, true
}

// peopleRefused shows the people page again with why a form was refused;
// a fault of writ gets the error page.
func (s *Pages) peopleRefused(w http.ResponseWriter, r *http.Request, p access.Principal, err error) {
	if status.Internal(err) {
		s.pageFault(w, r, p, err)
		return
	}
	s.showPeople(w, r, p, status.Of(err), fieldMessage(err), nil)
}

// addPersonForm adds one of the platform's people: staff of the platform
// (an administrator, if asked), or counsel or the court; then, unless they
// sign in through the provider only, invites them to set a password.
func (s *Pages) addPersonForm(w http.ResponseWriter, r *http.Request, p access.Principal) {
	if !s.mayManagePeople(w, r, p) {
		return
	}
	// An administrator adds staff of their own platform only.
	ref := access.NewPerson(p, access.Role(r.PostFormValue("role")))
	nu := store.NewUser{Email: strings.TrimSpace(r.PostFormValue("email")), Name: r.PostFormValue("name"), Role: string(ref.Role),
		Platform: ref.Platform, Admin: r.PostFormValue("admin") == "yes", CreatedBy: p.Actor()}
	if err := access.CheckPerson(p, access.ManagePeople, ref); err != nil {
		if fault.Is(err, fault.NotFound) {
			err = &fault.Error{Code: fault.Invalid, Field: "role", Message: "must be staff, counsel or court"}
		}
		s.peopleRefused(w, r, p, err)
		return
	}
	oidcOnly := r.PostFormValue("signin") == "oidc" && s.OIDC != nil
	if !oidcOnly {
		if err := s.canDeliver(pageLanguage(r), p, ref, nu.Name); err != nil {
			s.peopleRefused(w, r, p, err)
			return
		}
	}
	u, err := s.Access.CreateUser(r.Context(), nu, "")
	if err != nil {
		s.peopleRefused(w, r, p, err)
		return
	}
	s.Log.InfoContext(r.Context(), "people: user added", "user_id", u.ID, "role", u.Role, "by", p.User.ID)
	if oidcOnly {
		s.showPeople(w, r, p, http.StatusOK, sentence(pageLanguage(r), "pages.messages.added_oidc", u.Name, s.OIDC.Name()), nil)
		return
	}
	s.inviteAndShow(w, r, p, u, ref, sentence(pageLanguage(r), "pages.messages.added", u.Name))
}

// invitePersonForm invites a person to set a (new) password. Their
// password, if they have one, works until they use the invitation.
func (s *Pages) invitePersonForm(w http.ResponseWriter, r *http.Request, p access.Principal) {
	u, ref, ok := s.person(w, r, p, access.ManagePeople)
	if !ok {
		return
	}
	if u.Disabled() {
		s.showPeople(w, r, p, http.StatusConflict, u.Name+" is disabled: enable them first.", nil)
		return
	}
	if err := s.canDeliver(pageLanguage(r), p, ref, u.Name); err != nil {
		s.peopleRefused(w, r, p, err)
		return
	}
	s.inviteAndShow(w, r, p, u, ref, "")
}

// canDeliver refuses an invitation that could reach its person by no way
// writ allows: with no mail server, the link could only be shown to the
// administrator, which the policy allows for their own staff only. The
// refusal is worded in lang.
func (s *Pages) canDeliver(lang *words.Language, p access.Principal, ref access.PersonRef, name string) error {
	if s.Mail != nil {
		return nil
	}
	if err := access.CheckPerson(p, access.PassInvitation, ref); err != nil {
		return &fault.Error{Code: fault.Refused, Message: sentence(lang, "pages.messages.cannot_mail", name, s.orOIDC(lang))}
	}
	return nil
}

// orOIDC ends a sentence, in lang, with the provider they may sign in
// through.
func (s *Pages) orOIDC(lang *words.Language) string {
	if s.OIDC == nil {
		return sentence(lang, "pages.messages.cannot_mail_end")
	}
	return sentence(lang, "pages.messages.cannot_mail_oidc", s.OIDC.Name())
}

// inviteAndShow makes an invitation for u, mails it or shows its link once
// to the administrator, and shows the people page saying which, after
// done, in the page's language.
func (s *Pages) inviteAndShow(w http.ResponseWriter, r *http.Request, p access.Principal, u store.User, ref access.PersonRef, done string) {
	ctx := r.Context()
	lang := pageLanguage(r)
	token, err := s.Access.Invite(ctx, u.ID, p.Actor(), s.Now())
	if err != nil {
		s.peopleRefused(w, r, p, err)
		return
	}
	link := s.absolute(r, "/invitations/"+token)
	until := invitationExpires(s.Now())
	if s.Mail != nil {
		if err := s.mailInvitation(ctx, p, u, link); err == nil {
			s.Log.InfoContext(ctx, "people: invitation mailed", "user_id", u.ID, "by", p.User.ID)
			s.showPeople(w, r, p, http.StatusOK, strings.TrimSpace(done+" "+sentence(lang, "pages.messages.invitation_mailed", u.Email, until)),
				&invited{Name: u.Name})
			return
		} else if access.CheckPerson(p, access.PassInvitation, ref) != nil {
			s.Log.ErrorContext(ctx, "people: invitation not mailed", "user_id", u.ID, "err", err)
			s.showPeople(w, r, p, http.StatusBadGateway, strings.TrimSpace(done+" "+sentence(lang, "pages.messages.invitation_not_mailed")), nil)
			return
		} else {
			s.Log.ErrorContext(ctx, "people: invitation not mailed; shown to the administrator", "user_id", u.ID, "err", err)
		}
	}
	s.Log.InfoContext(ctx, "people: invitation shown to the administrator", "user_id", u.ID, "by", p.User.ID)
	s.showPeople(w, r, p, http.StatusOK, strings.TrimSpace(done+" "+sentence(lang, "pages.messages.invitation_shown", u.Name, until)),
		&invited{Name: u.Name, Link: link})
}

// disablePersonForm stops a person from signing in: their sessions,
// calendar feed and unused invitations end.
func (s *Pages) disablePersonForm(w http.ResponseWriter, r *http.Request, p access.Principal) {
	u, _, ok := s.person(w, r, p, access.ManagePeople)
	if !ok {
		return
	}
	if u.ID == p.User.ID {
		s.showPeople(w, r, p, http.StatusConflict, "You cannot disable yourself: another administrator can, or writ's operator (writ user disable).", nil)
		return
	}
	if _, err := s.Users.DisableUser(r.Context(), u.ID, s.Now()); err != nil {
		s.peopleRefused(w, r, p, err)
		return
	}
	s.Log.InfoContext(r.Context(), "people: user disabled", "user_id", u.ID, "by", p.User.ID)
	http.Redirect(w, r, "/people#"+u.ID, http.StatusSeeOther)
}

// enablePersonForm lets a disabled person sign in again.
func (s *Pages) enablePersonForm(w http.ResponseWriter, r *http.Request, p access.Principal) {
	u, _, ok := s.person(w, r, p, access.ManagePeople)
	if !ok {
		return
	}
	if err := s.Users.EnableUser(r.Context(), u.ID); err != nil {
		s.peopleRefused(w, r, p, err)
		return
	}
	s.Log.InfoContext(r.Context(), "people: user enabled", "user_id", u.ID, "by", p.User.ID)
	http.Redirect(w, r, "/people#"+u.ID, http.StatusSeeOther)
}

// grantCaseForm gives one of the platform's cases to counsel or the court.
func (s *Pages) grantCaseForm(w http.ResponseWriter, r *http.Request, p access.Principal) {
	s.grantForm(w, r, p, true)
}

// revokeCaseForm takes one of the platform's cases back.
func (s *Pages) revokeCaseForm(w http.ResponseWriter, r *http.Request, p access.Principal) {
	s.grantForm(w, r, p, false)
}

// grantForm grants or revokes the case the form names, of the person of
// the path: one the administrator's platform sees (another looks like no
// case), to a person of the platform's who is counsel or the court
// (access.GrantCase refuses staff, who need no grant).
func (s *Pages) grantForm(w http.ResponseWriter, r *http.Request, p access.Principal, give bool) {
	u, _, ok := s.person(w, r, p, access.ViewPeople)
	if !ok {
		return
	}
	ctx := r.Context()
	_, ref, err := casefile.Load(ctx, s.Cases, p, r.PostFormValue("case"))
	if err == nil {
		err = access.Check(p, access.GrantCases, ref)
	}
	if err == nil && give {
		err = access.GrantCase(ctx, s.Users, u, ref.ID)
	} else if err == nil {
		_, err = access.RevokeCase(ctx, s.Users, u, ref.ID)
	}
	if err != nil {
		s.peopleRefused(w, r, p, err)
		return
	}
	s.Log.InfoContext(ctx, "people: grant changed", "user_id", u.ID, "case_id", ref.ID, "granted", give, "by", p.User.ID)
	http.Redirect(w, r, "/people#"+u.ID, http.StatusSeeOther)
}

// absolute is the address of a path of writ as people reach it: under the
// public address when one is configured, else under the scheme and host
// of the request (an administrator's own, for an invitation).
func (s *Pages) absolute(r *http.Request, path string) string {
	if s.PublicURL != "" {
		return strings.TrimSuffix(s.PublicURL, "/") + path
	}
	scheme := "http"
	if r.TLS != nil || s.Secure {
		scheme = "https"
	}
	return scheme + "://" + r.Host + path
}
