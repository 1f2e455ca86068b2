// «Проверить документ»: the SHA-256 of a chosen or dropped PDF, computed here; the file never leaves the computer.
(() => {
    const form = document.getElementById('verify-form');
    const drop = document.getElementById('verify-drop');
    const input = document.getElementById('verify-file');
    const field = document.getElementById('sha256');
    if (!form || !drop || !input || !field || !window.crypto || !window.crypto.subtle) {
        return; // without Web Crypto (plain http) the visitor pastes the hash
    }

    drop.hidden = false;
    const check = async (file) => {
        const digest = await window.crypto.subtle.digest('SHA-256', await file.arrayBuffer());
        field.value = Array.from(new Uint8Array(digest), b => b.toString(16).padStart(2, '0')).join('');
        form.submit();
    };
    input.addEventListener('change', () => input.files.length > 0 && check(input.files[0]));
    form.addEventListener('dragover', e => e.preventDefault());
    form.addEventListener('drop', e => {
        e.preventDefault();
        if (e.dataTransfer.files.length > 0) {
            check(e.dataTransfer.files[0]);
        }
    });
})();
