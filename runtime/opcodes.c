/* Tables generated from the one opcode list in opcodes.h. */
#include "krait.h"
#include "opcodes.h"

const char *const kr_opcode_names[KR_OP_COUNT] = {
#define OP(name, argkind, cache, effect, jeffect) [KR_OP_##name] = #name,
    KR_OPCODES(OP)
#undef OP
};

const unsigned char kr_opcode_cache[KR_OP_COUNT] = {
#define OP(name, argkind, cache, effect, jeffect) [KR_OP_##name] = cache,
    KR_OPCODES(OP)
#undef OP
};

const unsigned char kr_opcode_argkind[KR_OP_COUNT] = {
#define OP(name, argkind, cache, effect, jeffect) [KR_OP_##name] = KR_ARG_##argkind,
    KR_OPCODES(OP)
#undef OP
};

int kr_opcode_stack_effect(int op, int oparg, int jump)
{
    switch (op) {
#define OP(name, argkind, cache, effect, jeffect)                              \
    case KR_OP_##name: return jump ? (jeffect) : (effect);
        KR_OPCODES(OP)
#undef OP
    }
    return 0;
}
