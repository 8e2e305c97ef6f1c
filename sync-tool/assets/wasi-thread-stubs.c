/* Thread entry points that std 1.96 references on wasm32-wasip1 but Debian's wasi-libc
 * (2022-05-10) lacks. Same behaviour as wasi-libc's own stubs for single-threaded WASI:
 * creating a thread fails with EAGAIN, so std::thread::spawn returns an io::Error. */
/* Built freestanding (-nostdinc): WASI errno values and wasm32 types spelled out. */
#define EAGAIN 6
#define EINVAL 28
typedef unsigned long size_t;

typedef struct { int __attr[9]; } pthread_attr_t; /* size-compatible with wasi-libc's */
typedef unsigned long pthread_t;

int pthread_create(pthread_t *t, const pthread_attr_t *a, void *(*f)(void *), void *arg) {
    (void)t; (void)a; (void)f; (void)arg;
    return EAGAIN;
}
int pthread_join(pthread_t t, void **ret) { (void)t; (void)ret; return EINVAL; }
int pthread_detach(pthread_t t) { (void)t; return EINVAL; }
int pthread_attr_init(pthread_attr_t *a) { (void)a; return 0; }
int pthread_attr_destroy(pthread_attr_t *a) { (void)a; return 0; }
int pthread_attr_setstacksize(pthread_attr_t *a, size_t s) { (void)a; (void)s; return 0; }
