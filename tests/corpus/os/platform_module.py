# platform: the parts that do not name the host (its name and kernel release are
# facts a sandboxed script does not see) or the implementation.
import platform

print(platform.system(), platform.machine(), repr(platform.processor()))
print(platform.python_version(), platform.python_version_tuple())
print(platform.architecture(), platform.architecture(bits="32bit"))
u = platform.uname()
print(type(u).__name__, len(u), u.system, u[0], u.machine == platform.machine())
print(u.release == platform.release(), u.node == platform.node(), u.version == platform.version())
print(repr(u).startswith("uname_result(system='Linux', node="), isinstance(u, tuple))
print(type(platform.node()).__name__, type(platform.release()).__name__)
print(platform.platform().startswith("Linux-" + platform.release()))
print(type(platform.python_implementation()).__name__)
for name in ["system", "python_version", "uname"]:
    try:
        getattr(platform, name)(1)
    except TypeError as e:
        print(type(e).__name__)
