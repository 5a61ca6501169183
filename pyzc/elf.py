"""A small ELF reader for `pyzc analyze`: sections and the symbol table, in pure Python.

Reads 32- and 64-bit little-endian ELF files (everything pyzc builds:
x86_64, aarch64, arm, riscv64) with `struct` alone, so analysing a binary
needs no binutils.  Only what analyze uses is decoded: the section headers
(name, type, flags, size) and the function and object symbols of .symtab.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass

SHT_NOBITS = 8
SHT_SYMTAB = 2
SHF_ALLOC = 0x2
STT_OBJECT, STT_FUNC = 1, 2
MACHINES = {62: "x86_64", 183: "aarch64", 40: "arm", 243: "riscv64", 3: "x86", 8: "mips", 21: "ppc64"}


class ElfError(Exception):
    pass


@dataclass
class Section:
    name: str
    type: int
    flags: int
    offset: int
    size: int
    link: int
    entsize: int
    info: int = 0
    addralign: int = 1

    @property
    def in_file(self) -> bool:
        return self.type != SHT_NOBITS

    @property
    def loaded(self) -> bool:
        return bool(self.flags & SHF_ALLOC)


@dataclass
class Symbol:
    name: str
    kind: int  # STT_FUNC, STT_OBJECT, ...
    local: bool
    size: int
    section: int


@dataclass
class Elf:
    bits: int
    machine: str
    sections: list[Section]
    symbols: list[Symbol]  # empty when stripped
    data: bytes
    shoff: int = 0
    shstrndx: int = 0

    def section(self, name: str) -> Section | None:
        return next((s for s in self.sections if s.name == name), None)

    def section_bytes(self, name: str) -> bytes | None:
        s = self.section(name)
        if s is None or not s.in_file:
            return None
        return self.data[s.offset:s.offset + s.size]

    @property
    def stripped(self) -> bool:
        return self.section(".symtab") is None


def read_elf(path: str) -> Elf:
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"\x7fELF":
        raise ElfError(f"{path} is not an ELF executable")
    ei_class, ei_data = data[4], data[5]
    if ei_class not in (1, 2):
        raise ElfError(f"{path}: unknown ELF class {ei_class}")
    if ei_data != 1:
        raise ElfError(f"{path} is a big-endian ELF file; pyzc builds (and reads) little-endian ones only")
    bits = 64 if ei_class == 2 else 32
    try:
        if bits == 64:
            (_, machine, _, _, _, shoff, _, _, _, _, shentsize, shnum, shstrndx) = struct.unpack_from(
                "<HHIQQQIHHHHHH", data, 16)
            sh_fmt = "<IIQQQQIIQQ"
        else:
            (_, machine, _, _, _, shoff, _, _, _, _, shentsize, shnum, shstrndx) = struct.unpack_from(
                "<HHIIIIIHHHHHH", data, 16)
            sh_fmt = "<IIIIIIIIII"
        raw = []
        for i in range(shnum):
            name, typ, flags, _addr, offset, size, link, _info, _align, entsize = struct.unpack_from(
                sh_fmt, data, shoff + i * shentsize)
            raw.append((name, typ, flags, offset, size, link, entsize, _info, _align))
        strtab = raw[shstrndx] if shnum else None
        sections = [Section(_cstr(data, strtab[3] + r[0]) if strtab else "", *r[1:]) for r in raw]
        symbols: list[Symbol] = []
        for s in sections:
            if s.type != SHT_SYMTAB or not s.entsize:
                continue
            names = sections[s.link]
            for off in range(s.offset, s.offset + s.size, s.entsize):
                if bits == 64:
                    name, info, _other, shndx, _value, size = struct.unpack_from("<IBBHQQ", data, off)
                else:
                    name, _value, size, info, _other, shndx = struct.unpack_from("<IIIBBH", data, off)
                kind = info & 0xF
                if kind in (STT_FUNC, STT_OBJECT) and name:
                    symbols.append(Symbol(_cstr(data, names.offset + name), kind, (info >> 4) == 0, size, shndx))
    except (struct.error, IndexError) as e:
        raise ElfError(f"{path}: damaged or truncated ELF file ({e})")
    return Elf(bits, MACHINES.get(machine, f"machine {machine}"), sections, symbols, data, shoff, shstrndx)


def _cstr(data: bytes, off: int) -> str:
    end = data.find(b"\0", off)
    return data[off:end if end >= 0 else len(data)].decode("utf-8", "replace")


SHT_REL, SHT_RELA = 9, 4


def strip_debug(path: str) -> bool:
    """Remove the .debug_* sections of an executable in place, keeping the symbol table.

    zig cc's `-Wl,--strip-debug` strips the symbol table as well, and musl as
    zig builds it carries ~800 KB of DWARF; release keeps symbols (profilers,
    `pyzc analyze`) but not that.  Non-loaded sections sit after everything
    the program headers map, so the loaded image is copied unchanged and the
    kept non-loaded sections and a new section header table are laid out
    after it.  Returns False (file untouched) for a layout it does not expect.
    """
    elf = read_elf(path)
    data = elf.data
    drop = {i for i, s in enumerate(elf.sections) if not s.loaded and s.name.startswith(".debug")}
    if not drop:
        return False
    if elf.bits == 64:
        phoff, = struct.unpack_from("<Q", data, 32)
        phentsize, phnum = struct.unpack_from("<HH", data, 54)
        ph = [struct.unpack_from("<IIQQQQQQ", data, phoff + i * phentsize) for i in range(phnum)]
        segs = [(p[0], p[2], p[5]) for p in ph]  # p_type, p_offset, p_filesz
        ph_off_field = lambda i: phoff + i * phentsize + 8  # noqa: E731
    else:
        phoff, = struct.unpack_from("<I", data, 28)
        phentsize, phnum = struct.unpack_from("<HH", data, 42)
        ph = [struct.unpack_from("<IIIIIIII", data, phoff + i * phentsize) for i in range(phnum)]
        segs = [(p[0], p[1], p[4]) for p in ph]
        ph_off_field = lambda i: phoff + i * phentsize + 4  # noqa: E731
    PT_LOAD = 1
    base = max([off + size for typ, off, size in segs if typ == PT_LOAD] + [phoff + phentsize * phnum] +
               [s.offset + s.size for s in elf.sections if s.loaded and s.in_file])
    if any(s.offset < base and s.size for i, s in enumerate(elf.sections) if i in drop or (not s.loaded and i)):
        return False
    keep = [i for i in range(len(elf.sections)) if i not in drop]
    new_index = {old: new for new, old in enumerate(keep)}
    out = bytearray(data[:base])
    offsets = {}
    sizes, infos = {}, {}
    for i in keep:
        s = elf.sections[i]
        if s.loaded or not s.in_file or i == 0:
            offsets[i] = s.offset
            continue
        align = max(1, s.addralign)
        out += b"\0" * (-len(out) % align)
        offsets[i] = len(out)
        body = data[s.offset:s.offset + s.size]
        if s.type == SHT_SYMTAB and s.entsize and not any(
                r.type in (SHT_REL, SHT_RELA) and r.link == i for r in elf.sections):
            body, infos[i] = _without_assembler_labels(elf, s, body)
            sizes[i] = len(body)
        out += body
    # a non-loading program header (RISC-V's attributes) may point at a section that moved
    moved = {elf.sections[i].offset: offsets[i] for i in keep if not elf.sections[i].loaded and i}
    for n, (typ, off, size) in enumerate(segs):
        if typ != PT_LOAD and off >= base and size:
            if off not in moved:
                return False
            struct.pack_into("<Q" if elf.bits == 64 else "<I", out, ph_off_field(n), moved[off])
    out += b"\0" * (-len(out) % 8)
    shoff = len(out)
    fmt = "<IIQQQQIIQQ" if elf.bits == 64 else "<IIIIIIIIII"
    entsize = struct.calcsize(fmt)
    for i in keep:
        s = elf.sections[i]
        raw = list(struct.unpack_from(fmt, data, elf.shoff + i * entsize))
        raw[4] = offsets[i]
        if i in sizes:
            raw[5], raw[7] = sizes[i], infos[i]
        raw[6] = new_index.get(raw[6], 0)  # sh_link: a section index
        if s.type in (SHT_REL, SHT_RELA):
            raw[7] = new_index.get(raw[7], 0)  # sh_info is a section index only for relocations
        out += struct.pack(fmt, *raw)
    if elf.bits == 64:
        struct.pack_into("<Q", out, 40, shoff)
        struct.pack_into("<HH", out, 60, len(keep), new_index[elf.shstrndx])
    else:
        struct.pack_into("<I", out, 32, shoff)
        struct.pack_into("<HH", out, 48, len(keep), new_index[elf.shstrndx])
    tmp = path + ".strip"
    with open(tmp, "wb") as f:
        f.write(out)
    os.chmod(tmp, os.stat(path).st_mode)
    os.replace(tmp, path)
    return True


def _without_assembler_labels(elf: Elf, symtab: Section, body: bytes) -> tuple[bytes, int]:
    """The symbol table without local labels (`.L0`, `$x`, section symbols): RISC-V's assembler keeps
    ~10,000 of them, 300 KB for hello world.  Returns the entries and the new index of the first global."""
    names = elf.sections[symtab.link]
    kept_local: list[bytes] = []
    kept_global: list[bytes] = []
    n = len(body) // symtab.entsize
    for k in range(n):
        entry = body[k * symtab.entsize:(k + 1) * symtab.entsize]
        if elf.bits == 64:
            name, info = struct.unpack_from("<IB", entry)
        else:
            name, = struct.unpack_from("<I", entry)
            info = entry[12]
        local, kind = (info >> 4) == 0, info & 0xF
        if k and local and kind in (0, 3):  # STT_NOTYPE, STT_SECTION
            label = _cstr(elf.data, names.offset + name) if name else ""
            if label == "" or label.startswith((".L", "$")):
                continue
        (kept_local if local else kept_global).append(entry)
    return b"".join(kept_local + kept_global), len(kept_local)
