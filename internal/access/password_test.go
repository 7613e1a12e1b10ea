package access_test

import (
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/fault"
)

const password = "correct horse battery staple"

func TestPassword(t *testing.T) {
	t.Parallel()

	t.Run("RoundTrip", func(t *testing.T) {
		h1, err := access.HashPassword(password, access.TestParams)
		if err != nil {
			t.Fatalf("HashPassword: %v", err)
		}
		if want := "$argon2id$v=19$m=8,t=1,p=1$"; !strings.HasPrefix(h1, want) {
			t.Errorf("hash %q does not start with %q", h1, want)
		}
		h2, err := access.HashPassword(password, access.TestParams)
		if err != nil {
			t.Fatal(err)
		}
		if h1 == h2 {
			t.Errorf("two hashes of one password are equal: the salt is not random")
		}
		for _, tt := range []struct {
			password string
			want     bool
		}{
			{password, true},
			{"correct horse battery staplf", false},
			{"Correct horse battery staple", false},
			{password + " ", false},
			{"", false},
		} {
			got, err := access.VerifyPassword(tt.password, h1)
			if err != nil || got != tt.want {
				t.Errorf("VerifyPassword(%q) = %v, %v; want %v", tt.password, got, err, tt.want)
			}
		}
	})

	t.Run("DefaultParams", func(t *testing.T) {
		h, err := access.HashPassword(password, access.DefaultParams)
		if err != nil {
			t.Fatal(err)
		}
		if want := "$argon2id$v=19$m=65536,t=3,p=4$"; !strings.HasPrefix(h, want) {
			t.Errorf("hash %q does not start with %q", h, want)
		}
		if ok, err := access.VerifyPassword(password, h); !ok || err != nil {
			t.Errorf("VerifyPassword = %v, %v", ok, err)
		}
	})

	// Hashes made by the reference implementation (the argon2 command of
	// Debian's argon2 package, and the reference's own test vector) verify:
	// writ reads the PHC format as everyone writes it.
	t.Run("ReferenceVectors", func(t *testing.T) {
		for _, tt := range []struct{ password, encoded string }{
			// echo -n "correct horse battery staple" | argon2 writsaltwritsalt -id -t 2 -m 10 -p 2 -l 32 -e
			{password, "$argon2id$v=19$m=1024,t=2,p=2$d3JpdHNhbHR3cml0c2FsdA$XLXWSRB1aTSUDjlVZGCZs9PcB4He+UgCSdjf30gqciQ"},
			// echo -n "password" | argon2 somesalt -id -t 2 -m 16 -p 1 -l 32 -e
			{"password", "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"},
		} {
			ok, err := access.VerifyPassword(tt.password, tt.encoded)
			if !ok || err != nil {
				t.Errorf("VerifyPassword(%q, %s) = %v, %v; want true", tt.password, tt.encoded, ok, err)
			}
		}
	})

	t.Run("ErrInvalidHash", func(t *testing.T) {
		const salt, key = "d3JpdHNhbHR3cml0c2FsdA", "XLXWSRB1aTSUDjlVZGCZs9PcB4He+UgCSdjf30gqciQ"
		for _, tt := range []struct{ name, encoded string }{
			{"Empty", ""},
			{"Clear", password},
			{"NoLeadingDollar", "argon2id$v=19$m=1024,t=2,p=2$" + salt + "$" + key},
			{"TrailingDollar", "$argon2id$v=19$m=1024,t=2,p=2$" + salt + "$" + key + "$"},
			{"NoVersion", "$argon2id$m=1024,t=2,p=2$" + salt + "$" + key},
			{"Argon2i", "$argon2i$v=19$m=1024,t=2,p=2$" + salt + "$" + key},
			{"Bcrypt", "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"},
			{"Version16", "$argon2id$v=16$m=1024,t=2,p=2$" + salt + "$" + key},
			{"VersionLeadingZero", "$argon2id$v=019$m=1024,t=2,p=2$" + salt + "$" + key},
			{"ParamsOutOfOrder", "$argon2id$v=19$t=2,m=1024,p=2$" + salt + "$" + key},
			{"ParamsMissing", "$argon2id$v=19$m=1024,t=2$" + salt + "$" + key},
			{"ParamsExtra", "$argon2id$v=19$m=1024,t=2,p=2,keyid=1$" + salt + "$" + key},
			{"ParamsSpace", "$argon2id$v=19$m=1024, t=2,p=2$" + salt + "$" + key},
			{"MemoryLeadingZero", "$argon2id$v=19$m=01024,t=2,p=2$" + salt + "$" + key},
			{"MemoryPlus", "$argon2id$v=19$m=+1024,t=2,p=2$" + salt + "$" + key},
			{"MemoryNegative", "$argon2id$v=19$m=-1024,t=2,p=2$" + salt + "$" + key},
			{"MemoryBelowLanes", "$argon2id$v=19$m=8,t=2,p=2$" + salt + "$" + key},
			{"MemoryHuge", "$argon2id$v=19$m=4194304,t=2,p=2$" + salt + "$" + key},
			{"MemoryOverflow", "$argon2id$v=19$m=4294967296,t=2,p=2$" + salt + "$" + key},
			{"TimeZero", "$argon2id$v=19$m=1024,t=0,p=2$" + salt + "$" + key},
			{"TimeHuge", "$argon2id$v=19$m=1024,t=1000,p=2$" + salt + "$" + key},
			{"LanesZero", "$argon2id$v=19$m=1024,t=2,p=0$" + salt + "$" + key},
			{"Lanes256", "$argon2id$v=19$m=4096,t=2,p=256$" + salt + "$" + key},
			{"SaltPadded", "$argon2id$v=19$m=1024,t=2,p=2$" + salt + "==$" + key},
			{"KeyURLAlphabet", "$argon2id$v=19$m=1024,t=2,p=2$" + salt + "$" + strings.ReplaceAll(key, "+", "-")},
			{"SaltShort", "$argon2id$v=19$m=1024,t=2,p=2$c2FsdA$" + key},
			{"SaltEmpty", "$argon2id$v=19$m=1024,t=2,p=2$$" + key},
			{"KeyShort", "$argon2id$v=19$m=1024,t=2,p=2$" + salt + "$aGFzaA"},
			{"KeyNotCanonical", "$argon2id$v=19$m=1024,t=2,p=2$" + salt + "$" + key[:len(key)-1] + "R"},
		} {
			t.Run(tt.name, func(t *testing.T) {
				ok, err := access.VerifyPassword(password, tt.encoded)
				if ok || !fault.Is(err, fault.Invalid) {
					t.Fatalf("VerifyPassword = %v, %v; want false and an invalid error", ok, err)
				}
				if !strings.HasPrefix(err.Error(), "password_hash: ") {
					t.Errorf("error %q does not name the field", err)
				}
			})
		}
	})

	t.Run("ErrInvalidPassword", func(t *testing.T) {
		for _, tt := range []struct{ name, password string }{
			{"Empty", ""},
			{"Short", "fourteen chars"},
			{"ShortInCharacters", "パスワードはとても長いです"}, // 13 characters, 39 bytes
			{"TooLong", strings.Repeat("x", access.MaxPasswordBytes+1)},
			{"NotUTF8", "correct horse battery \xff"},
		} {
			t.Run(tt.name, func(t *testing.T) {
				_, err := access.HashPassword(tt.password, access.TestParams)
				if !fault.Is(err, fault.Invalid) || !strings.HasPrefix(err.Error(), "password: ") {
					t.Fatalf("HashPassword = %v, want an invalid error naming the password", err)
				}
			})
		}
		if _, err := access.HashPassword("fifteen chars!!", access.TestParams); err != nil {
			t.Errorf("a password of exactly %d characters: %v", access.MinPasswordChars, err)
		}
	})

	t.Run("ErrInvalidParams", func(t *testing.T) {
		for _, p := range []access.Params{
			{Memory: 8, Time: 1, Threads: 0, SaltLen: 16, KeyLen: 32},
			{Memory: 7, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32},
			{Memory: 8, Time: 0, Threads: 1, SaltLen: 16, KeyLen: 32},
			{Memory: 8, Time: 1, Threads: 1, SaltLen: 4, KeyLen: 32},
			{Memory: 8, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 8},
		} {
			if _, err := access.HashPassword(password, p); !fault.Is(err, fault.Invalid) {
				t.Errorf("HashPassword with %+v: %v", p, err)
			}
		}
	})
}
