package pages

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/notice/mail"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/status"
)

// Mailer sends e-mail: the server's mail client (mail.Client).
type Mailer interface {
	Send(ctx context.Context, msgs []mail.Message) ([]mail.Sent, error)
}

// invitationData is the page an invitation's link opens.
type invitationData struct {
	Name, Email string
	// Min is the shortest password writ takes, in characters.
	Min int
	// OK is set when the link works and the form is shown.
	OK bool
}

// mailInvitation mails u the link of an invitation an administrator made.
// The error names no address.
func (s *Pages) mailInvitation(ctx context.Context, p access.Principal, u store.User, link string) error {
	until := s.Now().Add(access.InvitationTTL).UTC().Format("Monday 2 January 2006, 15:04 UTC")
	text := fmt.Sprintf(`%s,

%s, of %s, invites you to set your password for writ, where %s.

Set it here, before %s:

%s

The link works once. Your e-mail address (%s) and this password are how you sign in. If you did not expect this message, do nothing: the link expires, and no one can sign in as you with it without also reading your mail.
`, u.Name, p.User.Name, p.User.Platform, roleTask(access.Role(u.Role)), until, link, u.Email)
	sent, err := s.Mail.Send(ctx, []mail.Message{{To: u.Email, Subject: "Set your password for writ", Text: text, Date: s.Now()}})
	if err != nil {
		return err
	}
	if len(sent) != 1 {
		return errors.New("the mail client reported no message")
	}
	if sent[0].Err != nil {
		return sent[0].Err
	}
	return nil
}

// roleTask says in a sentence what a person does in writ.
func roleTask(r access.Role) string {
	switch r {
	case access.Staff:
		return "the platform's legal team runs the court's protective procedure"
	case access.Counsel:
		return "the applicant's counsel follow the procedure's status and dates and receive the production the order allows"
	case access.Court:
		return "the court sees the objections the platform advised it of and records its rulings"
	}
	return "the court's protective procedure is run"
}

// invitationPage shows the form an invitation's link opens: whom it is for
// and the password to set. A link that does not work says so and no more.
func (s *Pages) invitationPage(w http.ResponseWriter, r *http.Request) {
	if s.Access == nil {
		s.errorPage(w, r, nil, http.StatusNotImplemented, "This server keeps no users.")
		return
	}
	u, err := s.Access.Invitation(r.Context(), r.PathValue("token"), s.Now())
	if err != nil {
		s.invitationRefused(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "invitation", page{Title: "Set your password",
		Data: invitationData{Name: u.Name, Email: u.Email, Min: access.MinPasswordChars, OK: true}})
}

// invitationForm sets the password an invitation is for, and sends the
// person to sign in with it. It does not sign them in: whoever holds a
// link could otherwise make someone's browser sign in as the link's user.
func (s *Pages) invitationForm(w http.ResponseWriter, r *http.Request) {
	if s.Access == nil {
		s.errorPage(w, r, nil, http.StatusNotImplemented, "This server keeps no users.")
		return
	}
	token := r.PathValue("token")
	u, err := s.Access.Invitation(r.Context(), token, s.Now())
	if err != nil {
		s.invitationRefused(w, r, err)
		return
	}
	again := func(code int, msg string) {
		s.render(w, r, code, "invitation", page{Title: "Set your password", Message: msg,
			Data: invitationData{Name: u.Name, Email: u.Email, Min: access.MinPasswordChars, OK: true}})
	}
	password := r.PostFormValue("password")
	if password != r.PostFormValue("again") {
		again(http.StatusUnprocessableEntity, "The two passwords are not the same; type it twice.")
		return
	}
	if _, err := s.Access.AcceptInvitation(r.Context(), token, password, s.Now()); err != nil {
		switch fault.CodeOf(err) {
		case fault.Invalid:
			again(http.StatusUnprocessableEntity, "The password "+fault.Message(err)+".")
		default:
			s.invitationRefused(w, r, err)
		}
		return
	}
	s.Log.InfoContext(r.Context(), "people: invitation used; password set", "user_id", u.ID)
	s.render(w, r, http.StatusOK, "signin", page{Title: "Sign in", Message: "Your password is set. Sign in with your e-mail address and it.",
		Data: s.signInFormData(w, r, u.Email)})
}

// invitationRefused answers a link that does not work (store's one
// answer), or a failure of writ.
func (s *Pages) invitationRefused(w http.ResponseWriter, r *http.Request, err error) {
	if status.Internal(err) {
		s.Log.ErrorContext(r.Context(), "invitation", "err", err)
		s.errorPage(w, r, nil, http.StatusInternalServerError, "Internal error; the details are in writ's log.")
		return
	}
	s.render(w, r, status.Of(err), "invitation", page{Title: "Set your password", Message: fault.Message(err)})
}

// invitationExpires is when an invitation made now expires, in words.
func invitationExpires(now time.Time) string {
	return now.Add(access.InvitationTTL).UTC().Format("2006-01-02 15:04 UTC")
}
