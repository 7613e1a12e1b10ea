package order

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/writ-project/writ/internal/courttime"
)

func TestSchemaServedIsTheFile(t *testing.T) {
	file, err := os.ReadFile("schema/order.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(Schema(), file) {
		t.Error("Schema() differs from schema/order.schema.json")
	}
	if id := schemaDoc()["$id"]; id != SchemaID {
		t.Errorf("$id = %v, want %s", id, SchemaID)
	}
}

// TestSchemaCompiles checks the schema against the draft 2020-12
// meta-schema, and that a validator other than writ's (no custom formats,
// formats as annotations) accepts the seed order with it: the file must be
// usable by editors and other tools, not only by writ.
func TestSchemaCompiles(t *testing.T) {
	if _, err := compiledSchema(); err != nil {
		t.Fatalf("writ's compilation: %v", err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(Schema()))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	meta, err := c.Compile("https://json-schema.org/draft/2020-12/schema")
	if err != nil {
		t.Fatal(err)
	}
	if err := meta.Validate(doc); err != nil {
		t.Errorf("the schema does not meet the 2020-12 meta-schema: %v", err)
	}
	plain := jsonschema.NewCompiler()
	if err := plain.AddResource("order.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := plain.Compile("order.schema.json")
	if err != nil {
		t.Fatalf("a plain validator cannot compile the schema: %v", err)
	}
	example, err := jsonschema.UnmarshalJSON(bytes.NewReader(seed(t)))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(example); err != nil {
		t.Errorf("the seed order fails a plain validator: %v", err)
	}
}

// enumTypes are the types of order.go whose constants are a closed list in
// the schema, with the $defs entry of each.
var enumTypes = map[string]string{
	"Disposition": "disposition",
	"Standard":    "standard",
	"Category":    "category",
	"History":     "history",
	"WindowKind":  "window_kind",
	"Field":       "field",
	"Party":       "party",
	"Act":         "act",
	"Trigger":     "trigger",
	"Direction":   "direction",
	"HoldScope":   "hold_scope",
}

// constValues reads the exported constants of a file by type, from its
// source, so that a constant added to order.go without its schema entry
// fails here.
func constValues(t *testing.T, file string) map[string][]string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			typ := "untyped"
			if id, ok := vs.Type.(*ast.Ident); ok {
				typ = id.Name
			}
			for i, name := range vs.Names {
				if !name.IsExported() || i >= len(vs.Values) {
					continue
				}
				lit, ok := vs.Values[i].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					continue
				}
				v, _ := strconv.Unquote(lit.Value)
				out[typ] = append(out[typ], v)
			}
		}
	}
	return out
}

func TestSchemaEnumsMatchConstants(t *testing.T) {
	consts := constValues(t, "order.go")
	for typ := range consts {
		if _, ok := enumTypes[typ]; !ok && typ != "untyped" {
			t.Errorf("order.go has constants of type %s, which this test does not map to the schema", typ)
		}
	}
	for typ, def := range enumTypes {
		got, want := slices.Sorted(slices.Values(enumOf(def))), slices.Sorted(slices.Values(consts[typ]))
		if len(want) == 0 {
			t.Errorf("no constants of type %s in order.go", typ)
		}
		if !slices.Equal(got, want) {
			t.Errorf("$defs/%s enum = %q, constants of %s = %q", def, got, typ, want)
		}
	}
	// The lists order.go exports follow the schema's order too.
	if got := strings.Join(stringsOf(Categories), ","); got != strings.Join(enumOf("category"), ",") {
		t.Errorf("Categories = %s, schema %v", got, enumOf("category"))
	}
	if got := strings.Join(stringsOf(Fields), ","); got != strings.Join(enumOf("field"), ",") {
		t.Errorf("Fields = %s, schema %v", got, enumOf("field"))
	}
	// Counting and While are strings; their constants live in condition.go.
	c := constValues(t, "condition.go")["untyped"]
	if !slices.Equal(enumOf("counting"), []string{CountingCalendar}) || !slices.Equal(enumOf("while"), []string{WhileContested}) || len(c) != 2 {
		t.Errorf("counting %v, while %v; constants %v", enumOf("counting"), enumOf("while"), c)
	}
}

func stringsOf[T ~string](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}

// TestSchemaBoundPattern checks that the schema's pattern for a bound and
// ParseBound agree on which strings are bounds, including the references
// of bound.go.
func TestSchemaBoundPattern(t *testing.T) {
	defs := schemaDoc()["$defs"].(map[string]any)
	pattern := regexp.MustCompile(defs["bound"].(map[string]any)["pattern"].(string))
	refs := constValues(t, "bound.go")["Ref"]
	if len(refs) != 2 {
		t.Fatalf("Ref constants %v", refs)
	}
	for _, s := range append(refs,
		"2022-06-08", "3 months before 2022-09-08", "1 month before 2022-09-08", "999 months before 2100-01-01",
		"0 months before 2022-09-08", "01 months before 2022-09-08", "1000 months before 2022-09-08",
		"3 months before 2022-9-8", "3 months  before 2022-09-08", "three months before 2022-09-08", "2022-06-08 ", "",
	) {
		_, err := ParseBound(s)
		if matched := pattern.MatchString(s); matched != (err == nil) {
			t.Errorf("%q: the pattern matches %v, ParseBound err %v", s, matched, err)
		}
	}
}

// TestSchemaLimits checks the schema's limits on periods against those of
// courttime, which computes them.
func TestSchemaLimits(t *testing.T) {
	cond := schemaDoc()["$defs"].(map[string]any)["condition"].(map[string]any)["properties"].(map[string]any)
	for field, want := range map[string]int{"days": courttime.MaxDays, "hours": courttime.MaxHours} {
		if got := cond[field].(map[string]any)["maximum"]; got != float64(want) {
			t.Errorf("%s maximum %v, want %d", field, got, want)
		}
	}
}

// TestSchemaDescribesEveryField walks the Go types and the schema together:
// every JSON field of an order has a property in the schema with a
// description, every property is a field, and every object is closed.
func TestSchemaDescribesEveryField(t *testing.T) {
	defs := schemaDoc()["$defs"].(map[string]any)
	var walk func(typ reflect.Type, sch map[string]any, where string)
	walk = func(typ reflect.Type, sch map[string]any, where string) {
		if sch["additionalProperties"] != false {
			t.Errorf("%s: additionalProperties is not false", where)
		}
		if _, ok := sch["description"].(string); !ok && where != "order" {
			t.Errorf("%s: no description", where)
		}
		props, _ := sch["properties"].(map[string]any)
		var fields []string
		for f := range typ.Fields() {
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "" || name == "-" {
				continue
			}
			fields = append(fields, name)
			p, ok := props[name].(map[string]any)
			if !ok {
				t.Errorf("%s.%s: no property in the schema", where, name)
				continue
			}
			target := p
			if ref, ok := p["$ref"].(string); ok {
				target = schemaAt(ref)
				if target == nil {
					t.Errorf("%s.%s: $ref %s resolves to nothing", where, name, ref)
					continue
				}
			}
			if _, own := p["description"].(string); !own {
				if _, def := target["description"].(string); !def {
					t.Errorf("%s.%s: no description", where, name)
				}
			}
			ft := f.Type
			for ft.Kind() == reflect.Pointer || ft.Kind() == reflect.Slice {
				ft = ft.Elem()
			}
			// Types with their own JSON form (Bound, a string) are $defs
			// of their own, checked elsewhere.
			if ft.Kind() == reflect.Struct && ft.PkgPath() == typ.PkgPath() && !ft.Implements(reflect.TypeFor[json.Marshaler]()) {
				def := snake(ft.Name())
				sub, ok := defs[def].(map[string]any)
				if !ok {
					t.Errorf("%s.%s: no $defs/%s for %s", where, name, def, ft.Name())
					continue
				}
				walk(ft, sub, def)
			}
		}
		for name := range props {
			if !slices.Contains(fields, name) {
				t.Errorf("%s.%s: in the schema but not in the Go type %s", where, name, typ.Name())
			}
		}
	}
	walk(reflect.TypeFor[Order](), schemaDoc(), "order")
	// Every definition, enums included, explains itself.
	for name, def := range defs {
		if _, ok := def.(map[string]any)["description"].(string); !ok {
			t.Errorf("$defs/%s: no description", name)
		}
	}
}

// snake turns a Go type name into the schema's name for it.
func snake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}
