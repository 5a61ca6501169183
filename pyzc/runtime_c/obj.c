/* obj.c - objects of user classes.
 *
 * Invariants:
 * - An object is a GC block (scanned: its fields may hold pointers) that
 *   starts with a PyzObj header holding its class id; the compiler lays out
 *   the fields after it and numbers the classes (see pyz.h).
 * - A field that holds an object holds NULL for None; reading through a NULL
 *   raises AttributeError with CPython's message.
 */
#include "pyz.h"
#include <stdio.h>
#include <string.h>

PyzObj *pyz_obj_new(size_t size, int32_t cls) {
    PyzObj *o = pyz_gc_alloc(size);
    o->cls = cls;
    return o;
}

PyzObj *pyz_obj_clone(const PyzObj *o, size_t size) {
    PyzObj *c = pyz_gc_alloc(size);
    memcpy(c, o, size);
    return c;
}

PyzStr *pyz_obj_default_repr(const PyzObj *o, const char *class_name) {
    char buf[256];
    pyz_msgf(buf, sizeof buf, "<%s object at %p>", class_name, (const void *)o);
    return pyz_str_from_cstr(buf);
}

void pyz_raise_none_attr(const char *attr) {
    char buf[300];
    pyz_msgf(buf, sizeof buf, "'NoneType' object has no attribute '%s'", attr);
    pyz_raise(PYZ_EXC_AttributeError, buf);
}

PyzStr *pyz_obj_exc_str(const char *class_name, PyzStr *msg) {
    (void)class_name;
    return msg ? msg : pyz_str_new("", 0);
}

PyzStr *pyz_obj_exc_repr(const char *class_name, PyzStr *args_repr, int64_t nargs) {
    return pyz_exc_repr_parts(class_name, args_repr, nargs);
}
