# name: --stats with another format prints the summary on standard error and leaves standard output the annotation
# args: --format=tsv --stats -r "$E2E/rules" -
# stdin:
The new pier may open in spring.
# stdout:
speculation	1	1	t.may	The new pier may open in spring.
# stderr:
-: 1 sentence
  sourced           0    0.0%
  speculation       1  100.0%
  opinion           0    0.0%
  claim             0    0.0%
  other             0    0.0%
  most frequent cues: t.may (1)
  1 of 1 sentence speculates; 0 give the writer's opinion; 0 cite a source; 0 state claims with no source.
