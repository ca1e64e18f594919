# bash completion for factlint, installed by `cmake --install` to
# <prefix>/share/bash-completion/completions/factlint.
_factlint() {
  local cur prev words cword
  _init_completion || return
  local commands="check claims explain init config kb rules time serve"
  if [[ $cword -eq 1 ]]; then
    COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
    return
  fi
  case "$prev" in
    -f|--format) COMPREPLY=($(compgen -W "text json sarif html markdown junit rdjson github" -- "$cur")); return ;;
    --fail-on) COMPREPLY=($(compgen -W "error warning info never" -- "$cur")); return ;;
    --min-severity) COMPREPLY=($(compgen -W "error warning info" -- "$cur")); return ;;
    --knowledge|--rules|--config|--baseline|--write-baseline|-o|--output|--stdin-filename)
      _filedir; return ;;
    --date|--glob|--exclude|--jobs|-j|--max-warnings|--host|--port|--threads|--allow-origin) return ;;
  esac
  case "${words[1]}" in
    check|claims)
      if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "--format -f --output -o --date --fail-on --quiet -q --min-severity
          --max-warnings --color --no-color --knowledge --no-default-knowledge --rules
          --no-default-rules --no-cache --glob --exclude --jobs --config --baseline --write-baseline
          --stdin-filename --help" -- "$cur"))
      else
        _filedir
      fi ;;
    explain)
      local rules
      rules="$(factlint rules list 2>/dev/null | cut -d' ' -f1)"
      COMPREPLY=($(compgen -W "$rules internal-consistency internal-order suppression-without-reason unused-suppression" -- "$cur")) ;;
    kb) [[ $cword -eq 2 ]] && COMPREPLY=($(compgen -W "validate compile stats lookup import refresh" -- "$cur")) ;;
    rules) [[ $cword -eq 2 ]] && COMPREPLY=($(compgen -W "list test" -- "$cur")) ;;
    serve) COMPREPLY=($(compgen -W "--host --port --threads --max-body-bytes --time-limit-ms
      --allow-origin --knowledge --rules --no-default-knowledge --no-default-rules --no-cache" -- "$cur")) ;;
    init|config) _filedir -d ;;
  esac
}
complete -F _factlint factlint
