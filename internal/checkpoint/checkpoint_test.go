package checkpoint

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"strings"
	"testing"
	"time"

	"golang.org/x/mod/sumdb/tlog"
)

// TestLeafData pins the bytes a leaf hashes, written out by hand: a
// verifier in another language must be able to rebuild them.
func TestLeafData(t *testing.T) {
	l := Leaf{Kind: KindEvent, CaseID: "c-abcdefghijkl", Seq: 12, RecordHash: "00ff"}
	want := "writ-log-leaf-v1\nevent\nc-abcdefghijkl\n12\n00ff\n"
	if got := string(l.Data()); got != want {
		t.Errorf("Data = %q, want %q", got, want)
	}
	// RFC 6962: a leaf's hash is SHA-256 of 0x00 and its data.
	sum := sha256.Sum256(append([]byte{0}, want...))
	if got := l.Hash(); got != tlog.Hash(sum) {
		t.Errorf("Hash = %x, want %x", got, sum)
	}
}

// mth is the Merkle tree hash of RFC 6962, section 2.1, as the RFC writes
// it: recursive, splitting at the largest power of two below n.
func mth(leaves []tlog.Hash) tlog.Hash {
	switch len(leaves) {
	case 0:
		return sha256.Sum256(nil)
	case 1:
		return leaves[0]
	}
	k := 1
	for k*2 < len(leaves) {
		k *= 2
	}
	l, r := mth(leaves[:k]), mth(leaves[k:])
	return sha256.Sum256(append(append([]byte{1}, l[:]...), r[:]...))
}

// TestRootBuilder: the root of every size up to 70 leaves is the RFC's,
// and tlog's from its stored hashes.
func TestRootBuilder(t *testing.T) {
	var (
		b      RootBuilder
		leaves []tlog.Hash
		stored []tlog.Hash
	)
	reader := tlog.HashReaderFunc(func(ids []int64) ([]tlog.Hash, error) {
		out := make([]tlog.Hash, len(ids))
		for i, id := range ids {
			out[i] = stored[id]
		}
		return out, nil
	})
	if b.Root() != mth(nil) {
		t.Errorf("empty root = %x, want the SHA-256 of nothing", b.Root())
	}
	for n := range 70 {
		data := fmt.Appendf(nil, "record %d", n)
		h := tlog.RecordHash(data)
		hs, err := tlog.StoredHashes(int64(n), data, reader)
		if err != nil {
			t.Fatal(err)
		}
		stored = append(stored, hs...)
		leaves = append(leaves, h)
		b.Add(h)
		want := mth(leaves)
		if b.Root() != want {
			t.Fatalf("size %d: root %x, want %x (RFC 6962)", n+1, b.Root(), want)
		}
		th, err := tlog.TreeHash(int64(n+1), reader)
		if err != nil {
			t.Fatal(err)
		}
		if th != want {
			t.Fatalf("size %d: tlog's root %x, want %x", n+1, th, want)
		}
		if b.Size() != int64(n+1) {
			t.Fatalf("Size = %d, want %d", b.Size(), n+1)
		}
	}
}

var at = time.Date(2026, 12, 2, 11, 30, 15, 500, time.FixedZone("JST", 9*3600))

func TestSignOpen(t *testing.T) {
	skey, vkey, err := GenerateKey("writ.platform.example")
	if err != nil {
		t.Fatal(err)
	}
	root := tlog.RecordHash([]byte("root"))
	c := Checkpoint{Size: 42, Root: root, Time: at}
	signed, err := Sign(c, skey)
	if err != nil {
		t.Fatal(err)
	}
	text := "writ.platform.example\n42\n" + base64.StdEncoding.EncodeToString(root[:]) + "\ntime 2026-12-02T02:30:15Z\n\n"
	if !strings.HasPrefix(string(signed), text+"— writ.platform.example ") {
		t.Fatalf("signed checkpoint:\n%s\nwant it to start with:\n%s— writ.platform.example ", signed, text)
	}

	t.Run("OK", func(t *testing.T) {
		got, err := Open(signed, vkey)
		if err != nil {
			t.Fatal(err)
		}
		want := Checkpoint{Origin: "writ.platform.example", Size: 42, Root: root, Time: time.Date(2026, 12, 2, 2, 30, 15, 0, time.UTC)}
		if got != want {
			t.Errorf("Open = %+v, want %+v", got, want)
		}
	})
	t.Run("VerifierKeyFromSigner", func(t *testing.T) {
		got, err := VerifierKey(skey + "\n")
		if err != nil {
			t.Fatal(err)
		}
		if got != vkey {
			t.Errorf("VerifierKey = %q, want the key GenerateKey gave, %q", got, vkey)
		}
		if _, err := VerifierKey(vkey); err == nil {
			t.Error("a verifier key was taken for a signer key")
		}
		if !IsVerifierKey(vkey) || IsVerifierKey(skey) || IsVerifierKey("/etc/writ/log.pub") {
			t.Error("IsVerifierKey does not tell a verifier key from a signer key or a path")
		}
	})
	t.Run("ErrWrongKey", func(t *testing.T) {
		_, other, err := GenerateKey("writ.platform.example")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Open(signed, other); err == nil || !strings.Contains(err.Error(), "not signed by") {
			t.Errorf("Open with another key of the same name = %v, want refused as not signed by it", err)
		}
	})
	t.Run("ErrEditedRoot", func(t *testing.T) {
		other := tlog.RecordHash([]byte("another root"))
		forged := strings.Replace(string(signed), base64.StdEncoding.EncodeToString(root[:]), base64.StdEncoding.EncodeToString(other[:]), 1)
		if forged == string(signed) {
			t.Fatal("the root was not replaced")
		}
		if _, err := Open([]byte(forged), vkey); err == nil || !strings.Contains(err.Error(), "altered") {
			t.Errorf("Open of an edited root = %v, want refused as altered", err)
		}
	})
	t.Run("ErrEditedSize", func(t *testing.T) {
		forged := strings.Replace(string(signed), "\n42\n", "\n41\n", 1)
		if _, err := Open([]byte(forged), vkey); err == nil {
			t.Error("Open of an edited size succeeded")
		}
	})
	t.Run("ErrOtherOrigin", func(t *testing.T) {
		if _, err := Sign(Checkpoint{Origin: "another.example", Size: 1, Time: at}, skey); err == nil {
			t.Error("Sign with an origin that is not the key's name succeeded")
		}
	})
	t.Run("ErrBadName", func(t *testing.T) {
		for _, name := range []string{"", "a b", "a+b"} {
			if _, _, err := GenerateKey(name); err == nil {
				t.Errorf("GenerateKey(%q) succeeded", name)
			}
		}
	})
}

// tree is a log of n records kept in memory with tlog's stored hashes.
type tree struct{ stored []tlog.Hash }

func (tr *tree) ReadHashes(ids []int64) ([]tlog.Hash, error) {
	out := make([]tlog.Hash, len(ids))
	for i, id := range ids {
		out[i] = tr.stored[id]
	}
	return out, nil
}

func TestProof(t *testing.T) {
	skey, vkey, err := GenerateKey("writ.test")
	if err != nil {
		t.Fatal(err)
	}
	var tr tree
	leaves := make([]Leaf, 13)
	for i := range leaves {
		leaves[i] = Leaf{Kind: KindEvent, CaseID: "c-aaaaaaaaaaaa", Seq: int64(i + 1), RecordHash: fmt.Sprintf("%064x", i)}
		if i%3 == 2 {
			leaves[i].Kind = KindAccess
		}
		hs, err := tlog.StoredHashesForRecordHash(int64(i), leaves[i].Hash(), &tr)
		if err != nil {
			t.Fatal(err)
		}
		tr.stored = append(tr.stored, hs...)
	}
	root, err := tlog.TreeHash(13, &tr)
	if err != nil {
		t.Fatal(err)
	}
	signed, err := Sign(Checkpoint{Size: 13, Root: root, Time: at}, skey)
	if err != nil {
		t.Fatal(err)
	}
	const index = 5
	path, err := tlog.ProveRecord(13, index, &tr)
	if err != nil {
		t.Fatal(err)
	}
	good := NewProof(leaves[index], index, path, signed)

	t.Run("OK", func(t *testing.T) {
		b, err := Marshal(good)
		if err != nil {
			t.Fatal(err)
		}
		p, err := ParseProof(b)
		if err != nil {
			t.Fatal(err)
		}
		c, err := p.Check(vkey)
		if err != nil {
			t.Fatalf("Check: %v", err)
		}
		if c.Size != 13 || c.Root != root {
			t.Errorf("Check gave checkpoint %+v, want size 13 and the tree's root", c)
		}
	})
	altered := map[string]func(p *Proof){
		"record hash": func(p *Proof) { p.RecordHash = fmt.Sprintf("%064x", 99) },
		"seq":         func(p *Proof) { p.Seq++ },
		"case":        func(p *Proof) { p.CaseID = "c-bbbbbbbbbbbb" },
		"kind": func(p *Proof) {
			p.Kind = map[string]string{KindEvent: KindAccess, KindAccess: KindEvent}[p.Kind]
		},
		"index":     func(p *Proof) { p.Index = 4 },
		"index out": func(p *Proof) { p.Index = 13 },
		"path": func(p *Proof) {
			p.Path = append([]string(nil), p.Path...)
			p.Path[0] = base64.StdEncoding.EncodeToString(make([]byte, 32))
		},
		"path cut": func(p *Proof) { p.Path = p.Path[:len(p.Path)-1] },
		"checkpoint": func(p *Proof) {
			p.Checkpoint = strings.Replace(p.Checkpoint, "\n13\n", "\n14\n", 1)
		},
	}
	for name, alter := range altered {
		t.Run("ErrAltered/"+name, func(t *testing.T) {
			p := good
			alter(&p)
			if _, err := p.Check(vkey); err == nil {
				t.Errorf("a proof with its %s altered checks", name)
			}
		})
	}
	t.Run("ErrWrongKey", func(t *testing.T) {
		_, other, err := GenerateKey("writ.test")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := good.Check(other); err == nil {
			t.Error("a proof checks with another key")
		}
	})
}
