/* dyad/store.h -- public API of the store subsystem (included by dyad.h). */
#ifndef DYAD_STORE_H
#define DYAD_STORE_H
#endif
