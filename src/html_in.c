/*
 * html_in.c: the prose of an HTML document, over gumbo's HTML5 parser.
 *
 * The whole document is parsed, then the tree is walked in document order
 * and its text handed to the prose builder (markup.c).  Block elements
 * (paragraphs, list items, table cells, headings) end the open block when
 * entered and when left, so each gives its own block; inline elements do
 * not.  Code, scripts, styles, forms' controls, embedded content and the
 * head (but for the title) give no prose; inline code stands in a sentence
 * as a word.  Tags and attributes are never prose.  Comments may hold
 * suppression directives.
 *
 * The walk keeps its own stack: gumbo nests elements as deep as the input
 * does.  Text the parser moved out of a table is walked after the table,
 * where the document has it.  A byte order mark is left out of what gumbo
 * parses (it would take it for text and lose the doctype).  Gumbo
 * allocates with fl_xmalloc, since it never checks for NULL.
 */
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <gumbo.h>

#include "factlens.h"
#include "markup.h"

enum kind {
	K_INLINE,		/* text joins the sentence */
	K_BLOCK,		/* ends the open block, entered and left */
	K_HEADING,		/* a block whose sentences are all "other" */
	K_HEAD,			/* <head>: only the title is prose */
	K_SKIP,			/* no prose; separates words */
	K_OPAQUE,		/* no prose; stands as a word */
	K_BR			/* a line break */
};

struct frame {
	GumboNode *node;
	unsigned int next;	/* index of the next child to visit */
	unsigned int end;	/* index after the last one */
	enum kind kind;
	int replay;		/* children gumbo moved out of a table */
	int scanned;		/* table and moved are set */
	unsigned int table;	/* index of the next <table> child, or end */
	unsigned int moved;	/* first child moved before it, or table */
};

struct walk {
	struct fl_markup *m;
	struct frame *st;
	size_t n, cap;
	size_t base;		/* gumbo's offset 0 in the document */
	int heading;		/* headings open around the node */
	int head;		/* inside <head> */
};

static void *
xalloc(void *userdata, size_t n)
{
	(void)userdata;
	return fl_xmalloc(n);
}

static void
xfree(void *userdata, void *p)
{
	(void)userdata;
	free(p);
}

/* Element names gumbo 0.10 does not know. */
static enum kind
unknown_kind(const GumboElement *e)
{
	static const char *const blocks[] = { "dialog", "search" };
	GumboStringPiece name = e->original_tag;
	size_t i;

	/* gumbo_tag_from_original_text() asserts a whole "<...>" tag. */
	if (name.data == NULL || name.length < 2 || name.data[0] != '<' ||
	    name.data[name.length - 1] != '>')
		return K_INLINE;
	gumbo_tag_from_original_text(&name);
	for (i = 0; i < sizeof(blocks) / sizeof(blocks[0]); i++)
		if (name.length == strlen(blocks[i]) &&
		    strncasecmp(name.data, blocks[i], name.length) == 0)
			return K_BLOCK;
	return K_INLINE;
}

static enum kind
classify(const GumboElement *e)
{
	if (e->tag_namespace != GUMBO_NAMESPACE_HTML)
		return K_SKIP;		/* <svg>, <math> and what they hold */
	switch (e->tag) {
	case GUMBO_TAG_H1:
	case GUMBO_TAG_H2:
	case GUMBO_TAG_H3:
	case GUMBO_TAG_H4:
	case GUMBO_TAG_H5:
	case GUMBO_TAG_H6:
	case GUMBO_TAG_TITLE:
		return K_HEADING;
	case GUMBO_TAG_HTML:
	case GUMBO_TAG_BODY:
	case GUMBO_TAG_P:
	case GUMBO_TAG_DIV:
	case GUMBO_TAG_CENTER:
	case GUMBO_TAG_LI:
	case GUMBO_TAG_UL:
	case GUMBO_TAG_OL:
	case GUMBO_TAG_MENU:
	case GUMBO_TAG_DIR:
	case GUMBO_TAG_DL:
	case GUMBO_TAG_DD:
	case GUMBO_TAG_DT:
	case GUMBO_TAG_TABLE:
	case GUMBO_TAG_CAPTION:
	case GUMBO_TAG_COLGROUP:
	case GUMBO_TAG_THEAD:
	case GUMBO_TAG_TBODY:
	case GUMBO_TAG_TFOOT:
	case GUMBO_TAG_TR:
	case GUMBO_TAG_TD:
	case GUMBO_TAG_TH:
	case GUMBO_TAG_FIGURE:
	case GUMBO_TAG_FIGCAPTION:
	case GUMBO_TAG_BLOCKQUOTE:
	case GUMBO_TAG_SECTION:
	case GUMBO_TAG_ARTICLE:
	case GUMBO_TAG_ASIDE:
	case GUMBO_TAG_HEADER:
	case GUMBO_TAG_FOOTER:
	case GUMBO_TAG_NAV:
	case GUMBO_TAG_MAIN:
	case GUMBO_TAG_HGROUP:
	case GUMBO_TAG_ADDRESS:
	case GUMBO_TAG_DETAILS:
	case GUMBO_TAG_SUMMARY:
	case GUMBO_TAG_FORM:
	case GUMBO_TAG_FIELDSET:
	case GUMBO_TAG_LEGEND:
	case GUMBO_TAG_HR:
	case GUMBO_TAG_FRAMESET:
		return K_BLOCK;
	case GUMBO_TAG_HEAD:
		return K_HEAD;
	case GUMBO_TAG_SCRIPT:
	case GUMBO_TAG_STYLE:
	case GUMBO_TAG_PRE:
	case GUMBO_TAG_LISTING:
	case GUMBO_TAG_XMP:
	case GUMBO_TAG_PLAINTEXT:
	case GUMBO_TAG_TEMPLATE:
	case GUMBO_TAG_NOSCRIPT:
	case GUMBO_TAG_NOEMBED:
	case GUMBO_TAG_NOFRAMES:
	case GUMBO_TAG_SVG:
	case GUMBO_TAG_MATH:
	case GUMBO_TAG_TEXTAREA:
	case GUMBO_TAG_SELECT:
	case GUMBO_TAG_OPTION:
	case GUMBO_TAG_OPTGROUP:
	case GUMBO_TAG_DATALIST:
	case GUMBO_TAG_IFRAME:
	case GUMBO_TAG_OBJECT:
	case GUMBO_TAG_APPLET:
	case GUMBO_TAG_VIDEO:
	case GUMBO_TAG_AUDIO:
	case GUMBO_TAG_CANVAS:
		return K_SKIP;
	case GUMBO_TAG_CODE:
	case GUMBO_TAG_KBD:
	case GUMBO_TAG_SAMP:
	case GUMBO_TAG_VAR:
		return K_OPAQUE;
	case GUMBO_TAG_BR:
		return K_BR;
	case GUMBO_TAG_UNKNOWN:
		return unknown_kind(e);
	default:
		return K_INLINE;
	}
}

/* Does the end tag t (as written, "</name ...>") close an element named
 * name?  Gumbo records as an element's end tag whatever end tag closed it,
 * "</p>" for a <code> left open in a paragraph. */
static int
own_end_tag(GumboStringPiece t, const char *name)
{
	size_t k = strlen(name);

	return k > 0 && t.length >= k + 3 && t.data[0] == '<' &&
	    t.data[1] == '/' && strncasecmp(t.data + 2, name, k) == 0 &&
	    (t.data[k + 2] == '>' || t.data[k + 2] == '/' ||
	    t.data[k + 2] == ' ' || t.data[k + 2] == '\t' ||
	    t.data[k + 2] == '\n' || t.data[k + 2] == '\f' ||
	    t.data[k + 2] == '\r');
}

/* The document offset of gumbo's offset o plus n bytes, at most the
 * document's length. */
static size_t
doc_offset(const struct walk *w, unsigned int o, size_t n)
{
	size_t x = w->base + o;

	return x > w->m->len || n > w->m->len - x ? w->m->len : x + n;
}

/*
 * The bytes an element spans, from its start tag to the end of its end
 * tag, in *o0 and *o1.  An end tag left out ends the element where the
 * token that closed it starts.
 */
static void
span(const struct walk *w, const GumboNode *node, size_t *o0, size_t *o1)
{
	const GumboElement *e = &node->v.element;
	size_t end;

	*o0 = doc_offset(w, e->start_pos.offset, 0);
	end = doc_offset(w, e->end_pos.offset, 0);
	if (e->original_end_tag.length > 0 &&
	    own_end_tag(e->original_end_tag, gumbo_normalized_tagname(e->tag)))
		end = doc_offset(w, e->end_pos.offset,
		    e->original_end_tag.length);
	*o1 = doc_offset(w, e->start_pos.offset, e->original_tag.length);
	if (end > *o1)
		*o1 = end;
}

/* Open a block if none is open: a heading's inside a heading. */
static void
ensure(struct walk *w)
{
	if (!w->m->open)
		fl_markup_begin(w->m, w->heading > 0);
}

static void
text(struct walk *w, const GumboText *t, int space)
{
	struct fl_markup *m = w->m;
	size_t o0, o1;

	o0 = doc_offset(w, t->start_pos.offset, 0);
	o1 = doc_offset(w, t->start_pos.offset, t->original_text.length);
	if (space) {
		if (m->open)
			fl_markup_space(m, o0, o1);
		return;
	}
	ensure(w);
	fl_markup_text(m, t->text, strlen(t->text), o0, o1);
}

static const GumboVector *
children(const GumboNode *node)
{
	return node->type == GUMBO_NODE_DOCUMENT ?
	    &node->v.document.children : &node->v.element.children;
}

/* Walk node's children [next, end) after entering it as kind. */
static struct frame *
push(struct walk *w, GumboNode *node, enum kind kind, unsigned int next,
    unsigned int end)
{
	struct frame *f;

	if (w->n == w->cap) {
		w->cap = w->cap ? 2 * w->cap : 64;
		w->st = fl_xrealloc(w->st, w->cap * sizeof(*w->st));
	}
	f = &w->st[w->n++];
	memset(f, 0, sizeof(*f));
	f->node = node;
	f->kind = kind;
	f->next = next;
	f->end = end;
	return f;
}

/* Visit an element: act on entering it, and push it if its children are
 * to be walked. */
static void
enter(struct walk *w, GumboNode *node)
{
	struct fl_markup *m = w->m;
	const GumboElement *e = &node->v.element;
	enum kind kind = classify(e);
	size_t o0, o1;

	if (w->head && kind != K_HEADING)
		kind = K_SKIP;		/* <meta>, <style>, <script>... */
	/*
	 * <code> is a formatting element: one left open is cloned into every
	 * paragraph that follows ("<code>make<p>Then..."), with its
	 * original's start tag.  What the clones hold is most likely prose
	 * the writer never meant as code.
	 */
	if (kind == K_OPAQUE && (node->parse_flags &
	    (GUMBO_INSERTION_RECONSTRUCTED_FORMATTING_ELEMENT |
	    GUMBO_INSERTION_ADOPTION_AGENCY_CLONED)))
		kind = K_INLINE;
	switch (kind) {
	case K_SKIP:
		if (m->open) {
			span(w, node, &o0, &o1);
			fl_markup_space(m, o0, o1);
		}
		return;
	case K_OPAQUE:
		span(w, node, &o0, &o1);
		ensure(w);
		fl_markup_opaque(m, o0, o1);
		return;
	case K_BR:
		if (m->open) {
			span(w, node, &o0, &o1);
			fl_markup_newline(m, o0, o1);
		}
		return;
	case K_HEADING:
		fl_markup_begin(m, 1);
		w->heading++;
		break;
	case K_BLOCK:
		fl_markup_end(m);
		break;
	case K_HEAD:
		w->head++;
		break;
	case K_INLINE:
		break;
	}
	push(w, node, kind, 0, children(node)->length);
}

static void
leave(struct walk *w, const struct frame *f)
{
	switch (f->kind) {
	case K_HEADING:
		w->heading--;
		fl_markup_end(w->m);
		break;
	case K_BLOCK:
		fl_markup_end(w->m);
		break;
	case K_HEAD:
		w->head--;
		break;
	default:
		break;
	}
}

static void
visit(struct walk *w, GumboNode *node)
{
	switch (node->type) {
	case GUMBO_NODE_ELEMENT:
		enter(w, node);
		break;
	case GUMBO_NODE_TEXT:
	case GUMBO_NODE_CDATA:
		if (!w->head || w->heading)
			text(w, &node->v.text, 0);
		break;
	case GUMBO_NODE_WHITESPACE:
		if (!w->head || w->heading)
			text(w, &node->v.text, 1);
		break;
	case GUMBO_NODE_COMMENT:
		fl_markup_comment(w->m, node->v.text.text,
		    strlen(node->v.text.text),
		    doc_offset(w, node->v.text.start_pos.offset, 0));
		break;
	case GUMBO_NODE_DOCUMENT:
	case GUMBO_NODE_TEMPLATE:
		break;		/* <template> holds no prose */
	}
}

static int
is_table(const GumboNode *node)
{
	return node->type == GUMBO_NODE_ELEMENT &&
	    node->v.element.tag == GUMBO_TAG_TABLE &&
	    node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML;
}

/* Where a node starts in the document. */
static size_t
start_of(const GumboNode *node)
{
	if (node->type == GUMBO_NODE_ELEMENT ||
	    node->type == GUMBO_NODE_TEMPLATE)
		return node->v.element.start_pos.offset;
	if (node->type == GUMBO_NODE_DOCUMENT)
		return 0;
	return node->v.text.start_pos.offset;
}

/*
 * The next child of f to visit, or NULL when there is none.
 *
 * Content misplaced in a table (text between rows) is moved out by the
 * parser ("foster parenting") to just before the table, although it comes
 * after the table's start, and often after some of its cells, in the
 * document.  Prose has to follow the document, so those children are left
 * for after the table: a frame that replays them, as a block of their
 * own, is pushed below the table's.  What still comes before the last of
 * what the table gave is left out by the builder.
 */
static GumboNode *
next_child(struct walk *w, struct frame *f)
{
	const GumboVector *kids = children(f->node);
	GumboNode *node;
	unsigned int i, j, moved;

	while (f->next < f->end) {
		i = f->next++;
		node = kids->data[i];
		if (f->replay)
			return node;
		if (!f->scanned || f->table < i) {
			for (j = i; j < f->end && !is_table(kids->data[j]); j++)
				;
			f->scanned = 1;
			f->table = f->moved = j;
		}
		if (i < f->table) {
			if (f->table < f->end && (f->moved < f->table ||
			    (node->type != GUMBO_NODE_COMMENT &&
			    start_of(node) > start_of(kids->data[f->table])))) {
				if (f->moved == f->table)
					f->moved = i;
				continue;	/* moved out of the table */
			}
			return node;
		}
		if (f->moved < i) {
			/* The table: replay what was moved once it is done.
			 * push() may move the stack, and f with it. */
			moved = f->moved;
			f->moved = i;
			f = push(w, f->node, K_BLOCK, moved, i);
			f->replay = 1;
		}
		return node;
	}
	return NULL;
}

/* Walk the tree under the document node in document order. */
static void
walk(struct walk *w, GumboNode *doc)
{
	GumboNode *node;

	push(w, doc, K_BLOCK, 0, children(doc)->length);
	while (w->n > 0) {
		if ((node = next_child(w, &w->st[w->n - 1])) != NULL)
			visit(w, node);
		else {
			leave(w, &w->st[w->n - 1]);
			w->n--;
		}
	}
}

/*
 * Parse m->doc[0, m->len) as HTML and hand its prose, blocks and comments
 * to the builder m (see markup.h).  The document may hold NUL bytes and
 * invalid UTF-8.  Returns 0, or -1 with err->msg set when the document is
 * too large for gumbo (4 GiB) or gumbo fails.
 */
/*
 * Gumbo's time grows with the square of the nesting depth (it scans the
 * stack of open elements for every tag), so a short file of 200,000
 * nested <div>s takes minutes.  Browsers stop nesting at some depth (Blink
 * at 512); so does this: start and end tags nested deeper than MAX_DEPTH
 * are blanked out, in a copy the parser reads, same length and line
 * breaks kept, so that offsets stay the file's.  Depth is counted from
 * tags alone: elements whose end tag may be left out (p, li, td ...),
 * void elements and self-closing tags do not count; comments, doctypes and
 * the text of script, style and the like are stepped over.
 */
#define MAX_DEPTH 512

static int
named(const char *s, size_t n, const char *const *names)
{
	size_t i;

	for (i = 0; names[i] != NULL; i++)
		if (strlen(names[i]) == n && strncasecmp(s, names[i], n) == 0)
			return 1;
	return 0;
}

/* Where the tag that opens at d[i] ends (after its '>'), quotes honoured. */
static size_t
tag_end(const char *d, size_t i, size_t n)
{
	char q = 0;

	for (; i < n; i++) {
		if (q) {
			if (d[i] == q)
				q = 0;
		} else if (d[i] == '"' || d[i] == '\'')
			q = d[i];
		else if (d[i] == '>')
			return i + 1;
	}
	return n;
}

static void
blank(char *copy, size_t a, size_t b)
{
	for (; a < b; a++)
		if (copy[a] != '\n' && copy[a] != '\r')
			copy[a] = ' ';
}

static char *
flatten(const char *d, size_t n)
{
	static const char *const uncounted[] = { "area", "base", "br", "col",
	    "embed", "hr", "img", "input", "link", "meta", "param", "source",
	    "track", "wbr", "keygen", "p", "li", "dt", "dd", "option",
	    "optgroup", "tr", "td", "th", "rt", "rp", "tbody", "thead",
	    "tfoot", "colgroup", "html", "head", "body", NULL };
	static const char *const raw[] = { "script", "style", "textarea",
	    "title", "xmp", "iframe", "noembed", "noframes", "noscript",
	    "plaintext", NULL };
	size_t i = 0, depth = 0, nm, ne, te;
	char *copy = NULL;
	const char *p;
	int end;

	while (i < n && (p = memchr(d + i, '<', n - i)) != NULL) {
		i = (size_t)(p - d);
		if (n - i >= 4 && memcmp(d + i, "<!--", 4) == 0) {
			for (te = i + 4; te + 3 <= n &&
			    memcmp(d + te, "-->", 3) != 0; te++)
				;
			i = te + 3 <= n ? te + 3 : n;
			continue;
		}
		end = i + 1 < n && d[i + 1] == '/';
		nm = i + 1 + (size_t)end;
		for (ne = nm; ne < n && isalnum((unsigned char)d[ne]); ne++)
			;
		if (ne == nm || !isalpha((unsigned char)d[nm])) {
			/* "<!doctype", "<?xml", or a '<' in text. */
			i = i + 1 < n && (d[i + 1] == '!' || d[i + 1] == '?') ?
			    tag_end(d, i, n) : i + 1;
			continue;
		}
		te = tag_end(d, ne, n);
		if (!end && named(d + nm, ne - nm, raw)) {
			/* Text up to its own end tag: no tags in it. */
			for (i = te; i + 2 + (ne - nm) <= n; i++)
				if (d[i] == '<' && d[i + 1] == '/' &&
				    strncasecmp(d + i + 2, d + nm, ne - nm) == 0)
					break;
			continue;
		}
		if (named(d + nm, ne - nm, uncounted) ||
		    (!end && te >= 2 && d[te - 2] == '/')) {
			i = te;
			continue;
		}
		if (!end)
			depth++;
		if (depth > MAX_DEPTH) {
			if (copy == NULL) {
				copy = fl_xmalloc(n + 1);
				memcpy(copy, d, n);
			}
			blank(copy, i, te);
		}
		if (end && depth > 0)
			depth--;
		i = te;
	}
	return copy;
}

int
fl_html_extract(struct fl_markup *m, struct fl_error *err)
{
	GumboOptions opt = kGumboDefaultOptions;
	GumboOutput *out;
	struct walk w;
	const char *orig = m->doc;
	char *copy;

	if (m->len >= UINT_MAX) {
		snprintf(err->msg, sizeof(err->msg),
		    "HTML input of 4 GiB or more is not supported");
		return -1;
	}
	memset(&w, 0, sizeof(w));
	w.m = m;
	/* Gumbo takes a byte order mark for text, before the doctype. */
	if (m->len >= 3 && memcmp(m->doc, "\xef\xbb\xbf", 3) == 0)
		w.base = 3;
	opt.allocator = xalloc;
	opt.deallocator = xfree;
	opt.max_errors = 0;	/* parse errors are not reported */
	/* Parse, and line the text up with, the flattened copy: same
	 * offsets. */
	if ((copy = flatten(m->doc, m->len)) != NULL)
		m->doc = copy;
	out = gumbo_parse_with_options(&opt, m->doc + w.base,
	    m->len - w.base);
	if (out == NULL) {
		m->doc = orig;
		free(copy);
		snprintf(err->msg, sizeof(err->msg),
		    "the HTML parser failed (out of memory)");
		return -1;
	}
	walk(&w, out->document);
	fl_markup_end(m);
	free(w.st);
	gumbo_destroy_output(&opt, out);
	m->doc = orig;
	free(copy);
	return 0;
}
