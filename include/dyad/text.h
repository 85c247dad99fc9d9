/* dyad/text.h -- public API of the text subsystem (included by dyad.h). */
#ifndef DYAD_TEXT_H
#define DYAD_TEXT_H
#endif
