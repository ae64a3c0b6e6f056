/* For the Windows check under Wine only (.ci/windows), never shipped. Rust's standard library
 * draws random numbers with ProcessPrng from bcryptprimitives.dll, which every Windows 10 and 11
 * has but Debian's Wine 8 lacks; this stand-in gives the same bytes source Wine does have
 * (RtlGenRandom, exported as SystemFunction036). */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
