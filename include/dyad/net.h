/* dyad/net.h -- public API of the net subsystem (included by dyad.h). */
#ifndef DYAD_NET_H
#define DYAD_NET_H
#endif
