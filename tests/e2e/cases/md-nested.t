# name: markdown: nested lists (bullets and numbers, three levels) and nested block quotes, also a quote in a list in a quote: each item and quote is annotated on its own, positions in the original file
# run: factlens --no-config -r "$E2E/rules" nest.md && factlens --no-config -r "$E2E/rules" -f tsv nest.md
# file: nest.md
- The pier may open.
  - Officials said the pier might close.
    1. The ferry runs. It may stop.
       - Deepest item might go.
  - Back at level two.
- Level one again may end.

> The quote may open.
>
> > The nested quote
> > might close.
> > > Officials said it may.
>
> - A list in a quote may run.
>   > A quote in a list in a quote might end.
# stdout:
- ⟦speculation⟧The pier ⟨t.may:may⟩ open.
  - ⟦sourced⟧⟨t.said:Officials said⟩ the pier ⟨t.may:might⟩ close.
    1. ⟦claim⟧The ferry runs. ⟦speculation⟧It ⟨t.may:may⟩ stop.
       - ⟦speculation⟧Deepest item ⟨t.may:might⟩ go.
  - ⟦claim⟧Back at level two.
- ⟦speculation⟧Level one again ⟨t.may:may⟩ end.

> ⟦speculation⟧The quote ⟨t.may:may⟩ open.
>
> > ⟦speculation⟧The nested quote
> > ⟨t.may:might⟩ close.
> > > ⟦sourced⟧⟨t.said:Officials said⟩ it ⟨t.may:may⟩.
>
> - ⟦speculation⟧A list in a quote ⟨t.may:may⟩ run.
>   > ⟦speculation⟧A quote in a list in a quote ⟨t.may:might⟩ end.
speculation	1	3	t.may	The pier may open.
sourced	2	5	t.said,t.may	Officials said the pier might close.
claim	3	8	-	The ferry runs.
speculation	3	24	t.may	It may stop.
speculation	4	10	t.may	Deepest item might go.
claim	5	5	-	Back at level two.
speculation	6	3	t.may	Level one again may end.
speculation	8	3	t.may	The quote may open.
speculation	10	5	t.may	The nested quote > > might close.
sourced	12	7	t.said,t.may	Officials said it may.
speculation	14	5	t.may	A list in a quote may run.
speculation	15	7	t.may	A quote in a list in a quote might end.
# check: factlens --no-config -r "$E2E/rules" nest.md | strip_markers | cmp - nest.md
# check: factlens --no-config -r "$E2E/rules" -f json nest.md > j && json_check nest.md j
