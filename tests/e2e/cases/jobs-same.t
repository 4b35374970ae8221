# name: --jobs 2 and 3 give byte for byte the output of one thread, in every format, over many paragraphs
# setup: python3 -c "import sys; sys.stdout.write(''.join('Paragraph %d. The pier may open. Officials said it \"may not\" open. Will it? Some say no.\n\n' % i for i in range(20000)))" > big
# run: for f in text json tsv ansi diag critic summary html; do factlens -f $f big > one || exit 1; factlens -j 2 -f $f big > two || exit 1; factlens -j 3 -f $f big > three || exit 1; cmp one two && cmp one three || echo "differs: $f"; done; echo done
# stdout:
done
