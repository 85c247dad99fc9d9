/*
 * skipwords.h -- words the pattern matcher steps over after a verb.
 *
 * PETRARCH ignores articles, some pronouns and auxiliaries, number words
 * and plain numbers when matching the words that follow a verb, because
 * the parser attaches them unpredictably.  The same list is used when
 * dictionaries are loaded (such words are dropped from patterns) and when
 * sentences are coded, so the two always agree.
 */
#ifndef DYAD_SKIPWORDS_H
#define DYAD_SKIPWORDS_H

/* 0 for an ordinary word, else the class (1 markup, 2 function word,
 * 3 number word, 4 numeral, 5 currency unit). */
int skipword_kind(const char *word);

#endif
